"""Page-number pagination that stays fast on very large lists (the standard's `count/next/previous`).

Two costs grow with the table when the stock paginator is used: the exact COUNT(*) of every
matching row, and OFFSET over full rows. This paginator

- fetches one row more than a page, so `next`, `previous` and "page out of range" (404) are
  always exact, whatever the count says;
- counts with a cap: up to COUNT_CAP matching rows the count is exact, from the same query;
  above it, the exact count is computed once and cached for COUNT_CACHE_SECONDS under a key made
  from the count query's SQL and parameters (so every filter and the client's authorisation are
  part of the key). On a last page the count is known exactly from the rows themselves.
- can fetch "ids first" (`ids_first=True`): the page's primary keys come from an index-only
  subquery with the offset, and only those rows are read in full.

See docs/adr/0004-zgw-components.md ("The zaken list at a million rows").
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Page, PageNotAnInteger
from django.core.paginator import Paginator as DjangoPaginator
from django.db.models import QuerySet, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from rest_framework.pagination import PageNumberPagination

COUNT_CAP = 10_000
COUNT_CACHE_SECONDS = 60


def capped_count(queryset: QuerySet, cap: int) -> int:
    """The number of rows, exact up to `cap`; `cap + 1` means "more than cap"."""
    return queryset.order_by().values("pk")[: cap + 1].count()


def count_cache_key(queryset: QuerySet) -> str:
    """A key for this exact set of rows: the SQL of its count with the parameters bound."""
    query = queryset.order_by().values("pk").query
    compiler = query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    digest = hashlib.sha256(repr((queryset.db, sql, params)).encode()).hexdigest()
    return f"zgw-count:{digest}"


def large_count(queryset: QuerySet) -> int:
    """Exact up to COUNT_CAP rows; above, the exact count as of at most COUNT_CACHE_SECONDS ago."""
    cap = COUNT_CAP
    try:
        key = count_cache_key(queryset)
    except EmptyResultSet:  # a filter that can match nothing (an empty IN list)
        return 0
    cached = cache.get(key)
    if cached is not None:
        return cached
    found = capped_count(queryset, cap)
    if found > cap:
        found = queryset.order_by().count()
        cache.set(key, found, COUNT_CACHE_SECONDS)
    return found


class WindowPage(Page):
    """A page that knows from one extra row whether another page follows."""

    def __init__(self, object_list, number, paginator, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more


class WindowPaginator(DjangoPaginator):
    def __init__(self, object_list, per_page, ids_first: bool = False, read=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.ids_first = ids_first
        # With ids_first: `read(ids queryset, ordering)` reads the page as rows (not instances).
        self.read = read
        self._exact: int | None = None  # known from a last page
        self._at_least = 0  # known from a page with more after it

    @cached_property
    def _counted(self) -> int:
        return large_count(self.object_list)

    @property
    def count(self) -> int:
        # Always counted, so a list costs the same queries on every page (tests hold us to that).
        counted = self._counted
        if self._exact is not None:
            return self._exact
        return max(counted, self._at_least)

    def validate_number(self, number) -> int:
        """Whether the page exists is decided by its rows (in `page`), not by the count."""
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(_("That page number is not an integer")) from None
        if number < 1:
            raise EmptyPage(_("That page number is less than 1"))
        return number

    def page(self, number) -> WindowPage:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = self._window(bottom, self.per_page + 1)
        if not rows and number > 1:
            raise EmptyPage(_("That page contains no results"))
        more = len(rows) > self.per_page
        rows = rows[: self.per_page]
        if more:
            self._at_least = bottom + len(rows) + 1
        else:
            self._exact = bottom + len(rows)
        return WindowPage(rows, number, self, more)

    def _window(self, offset: int, limit: int) -> list:
        queryset = self.object_list
        if not isinstance(queryset, QuerySet):
            return list(queryset[offset : offset + limit])
        if self.ids_first:
            # The page's keys from the filter and ordering alone (an index can answer that),
            # then only those rows in full, in the same order.
            # The filters are not repeated on the outer query: the ids already passed them.
            ids = queryset.values("pk")[offset : offset + limit]
            ordering = queryset.query.order_by or queryset.model._meta.ordering
            if self.read:
                return self.read(ids, ordering)
            page = (
                queryset.model._base_manager.db_manager(queryset.db)
                .filter(pk__in=Subquery(ids))
                .order_by(*ordering)
                .prefetch_related(*queryset._prefetch_related_lookups)
            )
            page.query.select_related = queryset.query.select_related  # the related rows too
        else:
            page = queryset[offset : offset + limit]
        return list(page)


class WindowPagination(PageNumberPagination):
    """ZGW pagination (100 a page, `?page=`) with the window paginator."""

    page_size = 100
    page_query_param = "page"
    ids_first = False

    def paginate_queryset(self, queryset, request, view=None, read=None):
        """As DRF's; `read(ids, ordering)` gives the page's rows (see WindowPaginator)."""
        self.read = read
        return super().paginate_queryset(queryset, request, view)

    def django_paginator_class(self, queryset, page_size):
        return WindowPaginator(
            queryset, page_size, ids_first=self.ids_first, read=getattr(self, "read", None)
        )


class IdsFirstPagination(WindowPagination):
    ids_first = True
