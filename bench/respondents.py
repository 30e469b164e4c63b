#!/usr/bin/env python3
"""50 concurrent respondents going through the employer questionnaire in the browser pages.

Each virtual respondent gets a personal link (started through the API, not timed), then, page
by page: GET respond.xhtml (timed as "page GET"), fills every shown question from what the
page offers (a random option, a number, a text, ranks 1..k), and POSTs the form with "next" or
"submit" (timed as "page save"). A page with a violation (e.g. a follow-up question that
appeared) is simply fetched and filled again. Bounded in time: every respondent stops at
DURATION seconds. Between a page GET and its save a respondent "thinks" a random 0.5-1.5 x
THINK seconds (default 2; 0 = no pause, every respondent hammers the server); the run reports completed questionnaires, percentiles and errors (any HTTP
status other than 200/302, or an exception).

  bench/respondents.py http://localhost:8080 ADMIN_USER ADMIN_PASSWORD [USERS=50] [DURATION=120] [THINK=2]
"""
import base64, http.cookiejar, json, random, re, sys, threading, time, urllib.parse, urllib.request
from html.parser import HTMLParser

BASE, USER, PASSWORD = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]
USERS = int(sys.argv[4]) if len(sys.argv) > 4 else 50
DURATION = float(sys.argv[5]) if len(sys.argv) > 5 else 120.0
THINK = float(sys.argv[6]) if len(sys.argv) > 6 else 2.0
INSTRUMENT = 'werkgeversbevraging'


class Form(HTMLParser):
    """The fields of respondForm: hidden, radios, checkboxes, texts, textareas, selects."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.hidden, self.radios, self.checks, self.texts, self.areas, self.selects = {}, {}, {}, [], [], {}
        self.select = None
        self.buttons = []
        self.nonce = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'script' and a.get('nonce') and not self.nonce:
            # the page's Content-Security-Policy nonce; PrimeFaces' script adds it to every form, the server checks it
            self.nonce = a.get('nonce')
        if tag == 'form' and a.get('id') == 'respondForm':
            self.inside = True
        if not self.inside:
            return
        name = a.get('name')
        if tag == 'input' and name:
            kind = a.get('type', 'text')
            if kind == 'hidden':
                self.hidden[name] = a.get('value', '')
            elif kind == 'radio':
                self.radios.setdefault(name, []).append(a.get('value'))
            elif kind == 'checkbox':
                self.checks.setdefault(name, []).append(a.get('value'))
            elif kind == 'submit':
                self.buttons.append(name)
            else:
                self.texts.append((name, a.get('inputmode') == 'decimal', a.get('type')))
        elif tag == 'button' and name:
            self.buttons.append(name)
        elif tag == 'textarea' and name:
            self.areas.append(name)
        elif tag == 'select' and name:
            self.select = name
            self.selects[name] = []
        elif tag == 'option' and self.select:
            self.selects[self.select].append(a.get('value', ''))

    def handle_endtag(self, tag):
        if tag == 'select':
            self.select = None
        if tag == 'form':
            self.inside = False


def fill(form, rng):
    fields = dict(form.hidden)
    if form.nonce:
        fields['primefaces.nonce'] = form.nonce
    for name, values in form.radios.items():
        fields[name] = rng.choice(values)
    multi = []
    for name, values in form.checks.items():
        for value in rng.sample(values, 1):
            multi.append((name, value))
    for name, decimal, kind in form.texts:
        if kind == 'date':
            fields[name] = '2026-11-01'
        elif decimal:
            fields[name] = rng.choice(['1', '2', '3', '5', '12'])
        else:
            fields[name] = 'Bouwbedrijf test'
    for name in form.areas:
        fields[name] = 'Een opmerking van de werf.'
    ranks = [n for n in form.selects]
    for i, name in enumerate(ranks):
        options = [v for v in form.selects[name] if v]
        fields[name] = str(i + 1) if str(i + 1) in options else ''
    button = next((b for b in form.buttons if b.endswith(':submit')), None) or \
        next((b for b in form.buttons if b.endswith(':next')), None)
    if button:
        fields[button] = ''
    return list(fields.items()) + multi


gets, saves, errors, completed = [], [], [], [0]
lock = threading.Lock()


def start_link():
    request = urllib.request.Request(BASE + '/api/v1/surveys/' + INSTRUMENT + '/responses',
                                     data=json.dumps({'language': 'nl', 'channel': 'LINK'}).encode(),
                                     method='POST')
    request.add_header('Authorization', 'Basic ' + base64.b64encode(f'{USER}:{PASSWORD}'.encode()).decode())
    request.add_header('Content-Type', 'application/json')
    request.add_header('Accept', 'application/json')
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)['token']


def respondent(index, deadline):
    rng = random.Random(index)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    link = BASE + '/respond.xhtml?t=' + links[index]
    for _ in range(80):
        if time.time() > deadline:
            return
        try:
            t0 = time.perf_counter()
            with opener.open(link, timeout=30) as response:
                page = response.read().decode('utf-8')
                status = response.status
            t1 = time.perf_counter()
            with lock:
                gets.append(t1 - t0)
                if status != 200:
                    errors.append(f'GET {status}')
            if 'id="thanks"' in page:
                with lock:
                    completed[0] += 1
                return
            form = Form()
            form.feed(page)
            time.sleep(THINK * rng.uniform(0.5, 1.5))
            body = urllib.parse.urlencode(fill(form, rng)).encode()
            t0 = time.perf_counter()
            with opener.open(urllib.request.Request(link, data=body), timeout=30) as response:
                response.read()
                status = response.status
            t1 = time.perf_counter()
            with lock:
                saves.append(t1 - t0)
                if status not in (200, 302):
                    errors.append(f'POST {status}')
        except Exception as e:  # noqa: BLE001 - every failure counts as an error of the run
            with lock:
                errors.append(repr(e)[:200])


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000 if values else float('nan')


links = [start_link() for _ in range(USERS)]
deadline = time.time() + DURATION
began = time.time()
threads = [threading.Thread(target=respondent, args=(i, deadline)) for i in range(USERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - began
for label, values in (('page GET', gets), ('page save', saves)):
    print(f'{label}: n={len(values)} p50={percentile(values, 50):.1f} ms p95={percentile(values, 95):.1f} ms '
          f'p99={percentile(values, 99):.1f} ms max={percentile(values, 100):.1f} ms')
print(f'users={USERS} completed={completed[0]} elapsed={elapsed:.1f} s errors={len(errors)}')
for e in errors[:10]:
    print('  error:', e)
