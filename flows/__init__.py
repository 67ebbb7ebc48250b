"""Conversation state machines. Flows decide; they never import a channel."""
