"""Payment providers: plug-ins registered by name (like the login plug-ins)."""
