"""Email RFQs: reading mail (IMAP) into lines, answering in the thread (SMTP)."""
