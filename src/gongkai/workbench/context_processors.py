from gongkai.workbench.navigation import current, sections_for


def staff_navigation(request):
    """Only staff pages use it (``staff_base.html``); computed lazily so public pages pay nothing."""

    def sections():
        found = sections_for(request.user)
        active = current(found, request.path)
        return [(s, s == active) for s in found]

    return {"staff_sections": sections}
