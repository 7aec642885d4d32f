{% extends "base.html" %}{% load i18n %}
{% block title %}$title{% endblock %}
{% block content %}
<h1>$title</h1>
{% if options.intro_text %}<p>{{ options.intro_text }}</p>{% endif %}
<form method="post" novalidate>
  {% csrf_token %}
  {% include "modules/_form_fields.html" %}
  <button type="submit" class="button">{% translate "Versturen" %}</button>
</form>
{% endblock %}
