"""Property: no actor of one municipality ever reads anything of another.

One world per test (see world.py); hypothesis then draws (endpoint, actor, target) triples:
API applications with random autorisaties, residents, staff, BRP clients, undertakers (businesses
logged in with eHerkenning) and visitors without a session against every endpoint of
endpoints.py, aimed at objects of their own and of other municipalities (and companies). A
response that shows a marker of another municipality (or, to a resident, of another resident; to
an undertaker, anything its company did not make) fails the run, and so does anything but 404
when the URL names another municipality's object. A visitor without a session, and an undertaker
on a resident's or staff page, gets a login redirect or 404 (public pages aside), never a BSN;
/verify/ shows a document's printed facts and nothing more.

LOKET_ISOLATION_ATTEMPTS sets the number of attempts (default 12,500: the undertakers take about
2,000 of them, so the other actors keep the ~10,000 they had before); LOKET_ISOLATION_SEED
rebuilds the same world.
"""

import logging
import os
import re
import uuid
from collections import Counter
from dataclasses import replace

from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from .endpoints import Endpoint, Request, all_endpoints, shown_data
from .world import Actor, Target, World

ATTEMPTS = int(os.environ.get("LOKET_ISOLATION_ATTEMPTS", "12500"))
SUCCESS = range(200, 300)
BSN_RE = re.compile(r"(?<!\d)\d{9}(?!\d)")
NOT_FOR_VISITORS = (401, 403, 404, 405)


def _is_foreign(world: World, actor: Actor, target: Target) -> bool:
    return not world.may_see(actor, target.owner)


def _login_redirect(response) -> bool:
    location = response.headers.get("Location", "")
    return response.status_code == 302 and ("inloggen" in location or "login" in location)


def _send(actor: Actor, request: Request):
    method = getattr(actor.client, request.method.lower())
    if request.method in ("GET", "HEAD", "DELETE"):
        return method(request.path)
    return method(request.path, request.data, content_type=request.content_type)


def _shown(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    headers = " ".join(f"{k}: {v}" for k, v in response.headers.items())
    return content.decode("utf-8", "replace") + "\n" + headers


class Tally:
    def __init__(self):
        self.attempts = 0
        self.per_endpoint: Counter[str] = Counter()
        self.foreign: Counter[str] = Counter()
        self.own_success: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.verified: Counter[str] = Counter()  # /verify/ answers that the document is authentic
        self.by_kind: Counter[str] = Counter()  # attempts per actor kind
        # Aimed at a company's object: by another company, and by residents, staff and the rest.
        self.other_company = 0
        self.company_objects: Counter[str] = Counter()

    def report(self, world: World, endpoints: list[Endpoint]) -> str:
        lines = [
            f"isolation: {self.attempts} attempts, {len(self.per_endpoint)}/{len(endpoints)} endpoints, "
            f"{sum(self.foreign.values())} aimed at another municipality or resident, "
            f"{sum(self.own_success.values())} successful own reads, "
            f"{sum(self.verified.values())} authentic /verify/ answers; seed {world.seed}; "
            f"statuses {dict(sorted(self.statuses.items()))}"
        ]
        for kind in sorted({e.actor_kind for e in endpoints}):
            names = [e.name for e in endpoints if e.actor_kind == kind]
            lines.append(
                f"  {kind}: {len(world.actors_of(kind))} actors, {len(names)} endpoints, "
                f"{self.by_kind[kind]} attempts, {sum(self.foreign[n] for n in names)} foreign, "
                f"{sum(self.own_success[n] for n in names)} own 2xx"
            )
        lines.append(
            f"  undertakers' objects: {self.other_company} attempts by another company, "
            f"by others {dict(sorted(self.company_objects.items()))}"
        )
        for endpoint in endpoints:
            name = endpoint.name
            lines.append(
                f"  {self.per_endpoint[name]:6d} attempts {self.foreign[name]:6d} foreign "
                f"{self.own_success[name]:6d} own 2xx  {endpoint.actor_kind:8s} {name}"
            )
        return "\n".join(lines)


def attempt(
    world: World, tally: Tally, endpoint: Endpoint, actor: Actor, target: Target | None
) -> None:
    request = endpoint.build(target)
    response = _send(actor, request)
    tally.attempts += 1
    tally.per_endpoint[endpoint.name] += 1
    tally.statuses[response.status_code] += 1
    tally.by_kind[actor.kind] += 1
    if target is not None and target.owner.kvk and target.owner.kvk != actor.kvk:
        if actor.kind == "undertaker":
            tally.other_company += 1
        else:
            tally.company_objects[actor.kind] += 1
    where = f"{actor.label} ({actor.municipality.code if actor.municipality else '-'}) {request.method} {request.path} {shown_data(request)}"
    assert response.status_code < 500, f"{where}: {response.status_code}"
    shown = _shown(response)
    excused = request.path + shown_data(request)
    if endpoint.shows_printed:
        excused += " " + target.extra["printed"]
    leaks = world.leaks(actor, shown, excused)
    assert not leaks, (
        f"{where} → {response.status_code} shows another municipality's data: {leaks[:5]}"
    )
    if endpoint.check and response.status_code in SUCCESS:
        endpoint.check(world, actor, shown)
    if actor.kind == "anonymous" or endpoint.closed:
        _visitor_sees_nothing(world, tally, endpoint, response, shown, where)
    foreign = target is not None and _is_foreign(world, actor, target)
    if foreign:
        tally.foreign[endpoint.name] += 1
        if endpoint.addressed and response.status_code != 404:
            # Allowed only when the answer does not depend on the object existing at all (a
            # client without any scope for the component gets 403 for every uuid).
            missing = endpoint.build(replace(target, uuid=str(uuid.uuid4())))
            expected = _send(actor, missing).status_code
            assert response.status_code == expected, (
                f"{where}: {response.status_code}, but {expected} for an object that does not "
                "exist: the answer tells that the other municipality's object exists"
            )
        if endpoint.write:
            assert response.status_code not in SUCCESS, (
                f"{where}: a write on another municipality's object succeeded"
            )
    elif response.status_code in SUCCESS:
        tally.own_success[endpoint.name] += 1


def _visitor_sees_nothing(
    world: World, tally: Tally, endpoint: Endpoint, response, shown: str, where: str
) -> None:
    bsns = {t.uuid for t in world.targets["person"]} & set(BSN_RE.findall(shown))
    assert not bsns, (
        f"{where} → {response.status_code} shows a BSN to someone it is not for: {bsns}"
    )
    if endpoint.shows_printed:
        assert response.status_code == 200, f"{where}: {response.status_code}"
        if "Echt en niet veranderd" in shown:
            tally.verified[endpoint.name] += 1
    elif not endpoint.public:
        assert response.status_code in NOT_FOR_VISITORS or _login_redirect(response), (
            f"{where} → {response.status_code} {response.headers.get('Location', '')}: "
            "a visitor without a session (or a business on a resident's or staff page) must get a "
            "login redirect or 404"
        )


def run_attempts(world: World, endpoints: list[Endpoint], attempts: int) -> Tally:
    """Draw (endpoint, actor, target) until `attempts` requests were made."""
    tally = Tally()
    by_kind = {kind: world.actors_of(kind) for kind in {e.actor_kind for e in endpoints}}

    @st.composite
    def triples(draw):
        endpoint = draw(st.sampled_from(endpoints))
        actor = draw(st.sampled_from(by_kind[endpoint.actor_kind]))
        if not endpoint.target_kinds:
            return endpoint, actor, None
        kinds = [k for k in endpoint.target_kinds if world.targets.get(k)]
        assume(kinds)  # the random world may hold none of a kind; the coverage check below notices
        kind = draw(st.sampled_from(kinds))
        candidates = world.targets[kind]
        foreign = [t for t in candidates if _is_foreign(world, actor, t)]
        own = [t for t in candidates if not _is_foreign(world, actor, t)]
        if foreign and own:
            pool = foreign if draw(st.integers(0, 3)) else own  # three in four: foreign
        else:
            # e.g. a resident's own inbox message exists, nobody else's of that kind
            pool = foreign or own
        return endpoint, actor, draw(st.sampled_from(pool))

    @settings(
        max_examples=attempts,
        database=None,
        deadline=None,
        derandomize=False,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
    )
    @given(triples())
    def one(triple):
        attempt(world, tally, *triple)

    while tally.attempts < attempts:
        before = tally.attempts
        one()
        assert tally.attempts > before
    return tally


def test_no_actor_reads_another_municipality(world, capsys):
    logging.disable(logging.WARNING)
    try:
        endpoints = all_endpoints()
        tally = run_attempts(world, endpoints, ATTEMPTS)
    finally:
        logging.disable(logging.NOTSET)
    with capsys.disabled():
        print("\n" + tally.report(world, endpoints))
    assert tally.attempts >= ATTEMPTS
    missed = [e.name for e in endpoints if not tally.per_endpoint[e.name]]
    assert not missed, f"endpoints never exercised: {missed}"
    for kind in ("api", "resident", "staff", "brp", "undertaker"):
        own = sum(tally.own_success[e.name] for e in endpoints if e.actor_kind == kind)
        assert own, (
            f"no {kind} request ever succeeded on its own data: the property would be vacuous"
        )
    for endpoint in endpoints:
        if endpoint.shows_printed:
            assert tally.verified[endpoint.name], (
                f"{endpoint.name} never confirmed a document: vacuous"
            )
    assert tally.other_company, "no undertaker ever asked for another company's object: vacuous"
    case_pages = [e.name for e in endpoints if e.actor_kind == "undertaker" and e.addressed]
    assert sum(tally.own_success[name] for name in case_pages), (
        "no undertaker ever read its own case: the property would be vacuous"
    )
    for kind in ("api", "resident", "staff", "anonymous"):
        assert tally.company_objects[kind], (
            f"no {kind} request ever aimed at an undertaker's object: vacuous"
        )
