"""What happened to questions and how people rated the replies: the data behind the admin analytics."""
