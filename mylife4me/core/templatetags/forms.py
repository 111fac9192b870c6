from django import forms, template

register = template.Library()

CHOICE_LISTS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def error_anchor(field: forms.BoundField) -> str:
    """The id the error summary links to: a radio or checkbox list's first input, else the field itself.

    crispy-forms-gds numbers the inputs of a choice list from 1 (id_<name>_1, id_<name>_2, ...).
    """
    if isinstance(field.field.widget, CHOICE_LISTS):
        return f"id_{field.html_name}_1"
    return field.auto_id or ""
