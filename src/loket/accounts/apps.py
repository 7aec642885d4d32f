from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "loket.accounts"
    verbose_name = _("Accounts")
    # Run by `loket load_demo_data` (see loket.core.management_fixtures).
    demo_command_fixtures = ["create_demo_staff"]

    def ready(self):
        from axes.signals import user_locked_out

        from .lockout import account_locked_out

        user_locked_out.connect(account_locked_out, dispatch_uid="loket.accounts.lockout")
