"""The catalogue: life-event questions and the UPL products placed under them.

National reference data, the same for every municipality (no municipality column). Facts about
a product come from the UPL (fixtures/upl_products.json, built by `loket import_upl`); what a
resident reads (friendly titles, the question a product sits under, the order, search words)
is curated in data/questions.yaml and data/mapping.csv (compiled by `loket build_catalogue`).
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def _in_language(nl: str, en: str) -> str:
    return en if (get_language() or "nl").startswith("en") and en else nl


class QuestionManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class LifeEventQuestion(models.Model):
    """A question a resident starts from ("Ik ga verhuizen"), instead of a list of products."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    title_nl = models.CharField(_("vraag (Nederlands)"), max_length=120)
    title_en = models.CharField(_("vraag (Engels)"), max_length=120)
    description_nl = models.CharField(_("uitleg (Nederlands)"), max_length=300)
    description_en = models.CharField(_("uitleg (Engels)"), max_length=300)
    synonyms = models.JSONField(_("zoekwoorden"), default=list, blank=True)

    objects = QuestionManager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("levensvraag")
        verbose_name_plural = _("levensvragen")

    def __str__(self) -> str:
        return self.title_nl

    def natural_key(self):
        return (self.slug,)

    @property
    def title(self) -> str:
        return _in_language(self.title_nl, self.title_en)

    @property
    def description(self) -> str:
        return _in_language(self.description_nl, self.description_en)


class ProductManager(models.Manager):
    def get_by_natural_key(self, uri):
        return self.get(uri=uri)


class Product(models.Model):
    """One product of the Uniforme Productnamenlijst (UPL) that municipalities offer residents."""

    uri = models.URLField(_("UPL-URI"), max_length=255, unique=True)
    name = models.CharField(_("UPL-naam"), max_length=200)
    is_application = models.BooleanField(_("aanvraag"), default=False)
    is_notification = models.BooleanField(_("melding"), default=False)
    is_obligation = models.BooleanField(_("verplichting"), default=False)
    is_subsidy = models.BooleanField(_("subsidie"), default=False)
    for_businesses = models.BooleanField(_("ook voor bedrijven"), default=False)
    sdg_codes = models.JSONField(_("SDG-codes"), default=list, blank=True)
    legal_bases = models.JSONField(
        _("wettelijke grondslagen"), default=list, blank=True, help_text="[{label, link}, …]"
    )

    objects = ProductManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("product")
        verbose_name_plural = _("producten")

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.uri,)

    @property
    def upl_id(self) -> str:
        from .constants import upl_id

        return upl_id(self.uri)


class PlacementManager(models.Manager):
    def get_by_natural_key(self, uri):
        return self.get(product__uri=uri)


class ProductPlacement(models.Model):
    """Where a resident finds a product: its primary question, its place in the order a person
    would do things, the words a resident reads, and other questions it also fits."""

    product = models.OneToOneField(
        Product, on_delete=models.CASCADE, related_name="placement", verbose_name=_("product")
    )
    question = models.ForeignKey(
        LifeEventQuestion, on_delete=models.PROTECT, related_name="placements", verbose_name=_("vraag")
    )
    position = models.PositiveSmallIntegerField(_("plaats binnen de vraag"))
    title_nl = models.CharField(_("titel (Nederlands)"), max_length=150)
    title_en = models.CharField(_("titel (Engels)"), max_length=150)
    synonyms = models.JSONField(_("zoekwoorden"), default=list, blank=True)
    also_under = models.ManyToManyField(
        LifeEventQuestion, blank=True, related_name="secondary_placements", verbose_name=_("ook onder")
    )

    objects = PlacementManager()

    class Meta:
        ordering = ["question__order", "position"]
        verbose_name = _("plaatsing")
        verbose_name_plural = _("plaatsingen")

    def __str__(self) -> str:
        return f"{self.question.slug} {self.position}: {self.title_nl}"

    def natural_key(self):
        return self.product.natural_key()

    natural_key.dependencies = ["catalogue.product", "catalogue.lifeeventquestion"]

    @property
    def title(self) -> str:
        return _in_language(self.title_nl, self.title_en)


class SearchEntry(models.Model):
    """One searchable document per question and per product, derived from the rows above.

    Written only by `services` (on every save of a question, product or placement). On SQLite
    an FTS5 table mirrors `terms` through triggers; on PostgreSQL `text` carries a Dutch
    full-text GIN index and a trigram index (see migration 0002).
    """

    question = models.OneToOneField(
        LifeEventQuestion, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    product = models.OneToOneField(Product, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(help_text="Titles, names and search words, lower case without accents.")
    title_terms = models.TextField(help_text="Stemmed words of the titles and the UPL name.")
    terms = models.TextField(help_text="Stemmed words of `text`.")
    phrases = models.TextField(help_text="Titles and search words as stemmed phrases, one a line.")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(question__isnull=True) ^ models.Q(product__isnull=True),
                name="catalogue_searchentry_one_target",
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]
