"""Understanding what buyers ask for: parsing, notation, vocabulary, index, decision."""
