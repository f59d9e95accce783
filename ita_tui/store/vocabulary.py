"""The store's words for review and people, as the file writes them (pure): a supervisor's review
of a done item and a user's role. An item's state is checklist.model.State."""

from __future__ import annotations

from enum import StrEnum


class ReviewStatus(StrEnum):
    """A supervisor's review of a done item."""

    VERIFIED = "verified"
    RETURNED = "returned"


class Role(StrEnum):
    """Users' roles (a workflow rule, not a protection)."""

    SUPERVISOR = "supervisor"
    STAFF = "staff"


VERIFIED, RETURNED = ReviewStatus
SUPERVISOR, STAFF = Role
ROLES = tuple(Role)
