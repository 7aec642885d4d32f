from .registry import register


def identity(request):
    return {"identity": getattr(request, "identity", None), "login_plugins": list(register.iter_available())}
