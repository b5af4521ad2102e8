"""Notifications: new alerts and threat-level changes, as HMAC-signed webhooks, an Atom
feed and email, each sent once per channel (the store remembers what went out).

    config = load_notify_config(Path("notify.yaml"))      # secrets from the environment
    notices = [alert_notice(a) for a in find_alerts(store, load_alert_rules())]
    report = dispatch(store, notices, config)

Modules: ``notice`` (what goes out), ``config`` (where, from YAML), ``webhook`` (signed
POSTs and their verification), ``atom`` (the feed file), ``email`` (SMTP), ``dispatch``
(each notice once per channel).
"""

from watchfloor.notify.config import NotifyConfig, load_notify_config
from watchfloor.notify.dispatch import Delivery, DispatchReport, dispatch
from watchfloor.notify.notice import Notice, alert_notice, assessment_notice, threat_notice
from watchfloor.notify.webhook import DeliveryError, sign, verify

__all__ = [
    "Delivery",
    "DeliveryError",
    "DispatchReport",
    "Notice",
    "NotifyConfig",
    "alert_notice",
    "assessment_notice",
    "dispatch",
    "load_notify_config",
    "sign",
    "threat_notice",
    "verify",
]
