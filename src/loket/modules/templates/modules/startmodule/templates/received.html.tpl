{% extends "base.html" %}{% load i18n %}
{% block title %}{% translate "Ontvangen" %}{% endblock %}
{% block content %}
<h1>{{ subject }}</h1>
<p>{{ body }}</p>
<dl class="data-list">
  <dt>{% translate "Zaaknummer" %}</dt><dd>{{ zaak.identificatie }}</dd>
  <dt>{% translate "Status" %}</dt><dd>{{ zaak.status.statustype.omschrijving }}</dd>
  <dt>{% translate "Uiterlijk klaar op" %}</dt><dd>{{ zaak.uiterlijke_einddatum_afdoening }}</dd>
</dl>
{% endblock %}
