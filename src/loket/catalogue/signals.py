"""Keep the search index in step with every write, including `loaddata` of the fixtures."""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import search_cache, services
from .models import LifeEventQuestion, Product, ProductPlacement, SearchEntry


@receiver(post_save, sender=LifeEventQuestion, dispatch_uid="catalogue-index-question")
def _question_saved(sender, instance, **kwargs):
    services.index_question(instance)


@receiver(post_save, sender=Product, dispatch_uid="catalogue-index-product")
def _product_saved(sender, instance, **kwargs):
    services.index_product(instance)


@receiver(post_save, sender=ProductPlacement, dispatch_uid="catalogue-index-placement")
@receiver(post_delete, sender=ProductPlacement, dispatch_uid="catalogue-unindex-placement")
def _placement_changed(sender, instance, origin=None, **kwargs):
    # When the product itself is being deleted, its index entry goes with it.
    deleted_from = origin.model if isinstance(origin, QuerySet) else type(origin)
    if origin is not None and deleted_from is not ProductPlacement:
        return
    product = Product.objects.filter(pk=instance.product_id).first()
    if product is not None:
        services.index_product(product)


@receiver(post_save, sender=SearchEntry, dispatch_uid="catalogue-search-entry-saved")
@receiver(post_delete, sender=SearchEntry, dispatch_uid="catalogue-search-entry-deleted")
def _search_entry_changed(sender, **kwargs):
    search_cache.forget_all()
