"""The back office and the portal read the same ZGW marks for an information request."""

from loket.backoffice import constants
from loket.portal.mijn import actions


def test_the_portal_and_the_back_office_agree_on_the_information_request_marks():
    assert actions.ASKS_FOR_INPUT_REASON == constants.ASKS_FOR_INPUT_REASON
    assert actions.INFORMATION_REQUEST_SUBJECT == constants.INFORMATION_REQUEST_SUBJECT
    assert actions.INFORMATION_ANSWER_SUBJECT == constants.INFORMATION_ANSWER_SUBJECT


def test_every_case_panel_imports():
    from loket.backoffice.checks import check_case_panels

    assert check_case_panels() == []
