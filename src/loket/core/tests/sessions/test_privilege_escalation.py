"""An administrator who may edit staff accounts cannot give anyone, themselves included, more power."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

pytestmark = pytest.mark.django_db


# Whoever may use the admin and was given the right to edit accounts, but is not a superuser.
ADMIN_ROLE = getattr(StaffRole, "PLATFORM_OPERATOR", StaffRole.NATIONAL_COORDINATOR)


@pytest.fixture
def user_editor(settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    editor = User.objects.create_user("editor", password="x" * 16, municipality=None, role=ADMIN_ROLE, is_staff=True)
    editor.user_permissions.add(*Permission.objects.filter(codename__in=["view_user", "change_user"]))
    client = Client()
    client.force_login(editor)
    return editor, client


def change_form(client, user) -> dict:
    """The admin change form as the browser would send it back (every field as shown)."""
    response = client.get(reverse("admin:accounts_user_change", args=[user.pk]))
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or name == "password":
            continue
        if isinstance(value, (list, tuple)) or hasattr(value, "all"):
            data[name] = [getattr(v, "pk", v) for v in (value.all() if hasattr(value, "all") else value)]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = getattr(value, "pk", value)
    for key in ("last_login", "date_joined"):  # split date and time widgets
        value = data.pop(key, None)
        if value:
            data[f"{key}_0"], data[f"{key}_1"] = value.strftime("%Y-%m-%d"), value.strftime("%H:%M:%S")
    return data


def escalations():
    every_permission = list(Permission.objects.values_list("pk", flat=True))
    return {
        "is_superuser": "on",
        "user_permissions": every_permission,
        "role": StaffRole.FUNCTIONAL_ADMINISTRATOR,
    }


def test_an_administrator_cannot_make_themselves_superuser_or_grant_themselves_permissions(user_editor):
    editor, client = user_editor
    before = set(editor.user_permissions.values_list("pk", flat=True))
    for field, value in escalations().items():
        data = {**change_form(client, editor), field: value}
        client.post(reverse("admin:accounts_user_change", args=[editor.pk]), data)
        editor.refresh_from_db()
        assert not editor.is_superuser, field
        assert set(editor.user_permissions.values_list("pk", flat=True)) == before, field
        assert editor.role == ADMIN_ROLE, field


def test_an_administrator_cannot_give_a_colleague_more_power_than_they_have(user_editor, utrecht):
    _editor, client = user_editor
    colleague = User.objects.create_user("collega", municipality=utrecht, role=StaffRole.CASE_HANDLER)
    for field, value in escalations().items():
        data = {**change_form(client, colleague), field: value}
        client.post(reverse("admin:accounts_user_change", args=[colleague.pk]), data)
        colleague.refresh_from_db()
        assert not colleague.is_superuser and not colleague.user_permissions.exists(), field
        assert colleague.role == StaffRole.CASE_HANDLER, field


def test_the_same_form_does_save_an_ordinary_change(user_editor):
    """The control: the refusals above are not a form that never saves."""
    editor, client = user_editor
    data = {**change_form(client, editor), "first_name": "Eddy"}
    response = client.post(reverse("admin:accounts_user_change", args=[editor.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    editor.refresh_from_db()
    assert editor.first_name == "Eddy"
