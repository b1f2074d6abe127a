"""The reminder digest: each person's My work list by e-mail, weekly on their weekday or
daily, in their language, with links into the app (docs/digest.md)."""
from rollout.digest.compose import Addressee, Digest, compose_digest
from rollout.digest.send import Delivery, DigestReport, send_digests

__all__ = ["Addressee", "Delivery", "Digest", "DigestReport", "compose_digest",
           "send_digests"]
