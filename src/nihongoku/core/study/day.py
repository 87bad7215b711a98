"""The study day: it starts at 04:00 local time, as in Anki, so a late-night session
still counts for the day the learner thinks of as today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

ROLLOVER_HOUR = 4


@dataclass(frozen=True)
class StudyDay:
    tz: tzinfo | None = None  # None: the machine's local time zone

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def date_of(self, moment: datetime) -> date:
        return (self.local(moment) - timedelta(hours=ROLLOVER_HOUR)).date()

    def start(self, day: date) -> datetime:
        naive = datetime.combine(day, time(ROLLOVER_HOUR))
        start = naive.replace(tzinfo=self.tz) if self.tz else naive.astimezone()
        return start.astimezone(UTC)

    def start_of(self, moment: datetime) -> datetime:
        return self.start(self.date_of(moment))

    def end_of(self, moment: datetime) -> datetime:
        return self.start(self.date_of(moment) + timedelta(days=1))
