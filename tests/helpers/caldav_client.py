"""An independent CalDAV client for the tests: Debian's python3-caldav and python3-icalendar.

  caldav_client.py read URL USER PART -> JSON of each calendar whose URL holds PART: resources (href, ETag), events
  caldav_client.py edit URL USER HREF SUMMARY -> changes one event's SUMMARY on the server
The password comes from CALDAV_PASSWORD.
"""
import json
import os
import sys
from urllib.parse import urljoin
from xml.etree import ElementTree
from datetime import date, datetime, timezone

import caldav
import icalendar


def instant(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def event_of(component):
    return {
        "uid": str(component.get("UID")),
        "sequence": int(component.get("SEQUENCE", 0)),
        "status": str(component.get("STATUS", "")),
        "start": instant(component.decoded("DTSTART")),
        "end": instant(component.decoded("DTEND")),
        "tzid": component.get("DTSTART").params.get("TZID"),
        "summary": str(component.get("SUMMARY")),
        "description": str(component.get("DESCRIPTION", "")),
        "organizer": str(component.get("ORGANIZER", "")),
        "alarms": sorted(str(a.get("TRIGGER").to_ical(), "ascii") for a in component.walk("VALARM")),
    }


LIST = """<?xml version="1.0" encoding="utf-8"?>
<propfind xmlns="DAV:"><prop><getetag/><resourcetype/></prop></propfind>"""


def members(client, url):
    """(href, ETag) of each resource in a collection, by PROPFIND Depth 1: Radicale's sync-collection
    report (what Calendar.objects() uses) also lists deleted resources."""
    response = client.request(str(url), "PROPFIND", LIST, {"Depth": "1", "Content-Type": "application/xml"})
    tree = ElementTree.fromstring(response.raw)
    found = []
    for entry in tree.findall("{DAV:}response"):
        href = urljoin(str(url), entry.findtext("{DAV:}href"))
        etag = entry.findtext(".//{DAV:}getetag")
        if href.rstrip("/") != str(url).rstrip("/") and entry.find(".//{DAV:}collection") is None:
            found.append((href, etag))
    return sorted(found)


def read(client, only):
    out = []
    for calendar in client.principal().calendars():
        if only not in str(calendar.url):
            continue
        objects = []
        for href, etag in members(client, calendar.url):
            cal = icalendar.Calendar.from_ical(client.request(href).raw)
            objects.append({
                "href": href,
                "etag": etag,
                "method": cal.get("METHOD") and str(cal.get("METHOD")),
                "vtimezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")],
                "events": [event_of(c) for c in cal.walk("VEVENT")],
            })
        out.append({"url": str(calendar.url), "name": calendar.name, "objects": objects})
    return out


def edit(client, href, summary):
    for calendar in client.principal().calendars():
        for obj in calendar.objects():
            if str(obj.url) == href:
                obj.load()
                cal = icalendar.Calendar.from_ical(obj.data)
                for event in cal.walk("VEVENT"):
                    event["SUMMARY"] = summary
                obj.data = cal.to_ical().decode("utf-8")
                obj.save()
                return {"edited": href}
    raise SystemExit("no such resource: " + href)


def main():
    command, url, user = sys.argv[1:4]
    client = caldav.DAVClient(url, username=user, password=os.environ["CALDAV_PASSWORD"])
    result = read(client, sys.argv[4]) if command == "read" else edit(client, sys.argv[4], sys.argv[5])
    json.dump(result, sys.stdout, ensure_ascii=False)


main()
