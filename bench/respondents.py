#!/usr/bin/env python3
"""Concurrent respondents going through the employer questionnaire in the browser pages.

Each virtual respondent gets a personal link (started through the API, not timed), then, page
by page: GET respond.xhtml on arrival (timed as "page GET"), fills every shown question from
what the page offers (a random option, a number, a text, ranks 1..k), and POSTs the form with "next"
or "submit" (timed as "page save", a redirect after it followed and counted in). The save's answer is
the next page, as in a browser without JavaScript (with it, the save is an Ajax request that renders
the form only, less work than this): it is filled in turn, and a page with a violation (e.g. a
follow-up question that appeared) is filled again. REFETCH=1 GETs every page again after its save,
as the script did until round 14 (a request no browser makes). Bounded in
time: every respondent stops at DURATION seconds. Between a page and its save a respondent
"thinks" a random 0.5-1.5 x THINK seconds (default 2; 0 = no pause, every respondent hammers the
server); the run reports completed questionnaires, percentiles and errors (any HTTP status other
than 200/302, or an exception). Respondents arrive at random moments within the first THINK
seconds, as the recipients of a wave's mail do, not all in the same millisecond: a start in step
put 200 first pages (5 % of a minute's pages) in one queue, and the page's p95 was that queue's
tail (BENCHMARKS.md, issue 17). The first pages are also reported on their own.

The client is one asyncio event loop (no threads): each respondent is a coroutine with its own
keep-alive HTTP/1.1 connection, as a browser keeps one, and the form is read with a regular
expression over its tags instead of html.parser, so that the client costs the shared cores
little. Earlier versions ran a thread per respondent with urllib (a new connection per request);
at 200 respondents that client took a good part of the two cores the server ran on. The work
asked of the server (pages, fields, think time, mix) is the same. At the end it prints the
client's own CPU time.

  bench/respondents.py http://localhost:8080 ADMIN_USER ADMIN_PASSWORD [USERS=50] [DURATION=120] [THINK=2]
"""
import asyncio, base64, html, json, os, random, re, resource, sys, time, urllib.parse, urllib.request

BASE, USER, PASSWORD = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]
USERS = int(sys.argv[4]) if len(sys.argv) > 4 else 50
DURATION = float(sys.argv[5]) if len(sys.argv) > 5 else 120.0
THINK = float(sys.argv[6]) if len(sys.argv) > 6 else 2.0
INSTRUMENT = 'werkgeversbevraging'
TIMEOUT = 30.0
# REFETCH=1: GET the page again after every save, as this script did until round 14 (BENCHMARKS.md): a request
# no browser makes, since the save's answer is the page that follows (the whole page without JavaScript, the
# form with it). Kept to compare with the runs before.
REFETCH = os.environ.get('REFETCH', '0') == '1'
HOST = urllib.parse.urlsplit(BASE).hostname
PORT = urllib.parse.urlsplit(BASE).port or 80

TAG = re.compile(r'<(/?)(form|input|button|textarea|select|option|script)\b([^>]*)>', re.I)
ATTR = re.compile(r'([\w:.-]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'))?')


def attributes(text):
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else (m.group(3) or ''))
            for m in ATTR.finditer(text)}


class Form:
    """The fields of respondForm: hidden, radios, checkboxes, texts, textareas, selects."""

    def __init__(self, page):
        self.hidden, self.radios, self.checks, self.texts, self.areas, self.selects = {}, {}, {}, [], [], {}
        self.buttons, self.nonce = [], None
        inside, select = False, None
        for m in TAG.finditer(page):
            closing, tag = m.group(1) == '/', m.group(2).lower()
            if closing:
                if tag == 'select':
                    select = None
                elif tag == 'form':
                    inside = False
                continue
            a = attributes(m.group(3))
            if tag == 'script':
                if a.get('nonce') and not self.nonce:
                    # the page's Content-Security-Policy nonce; PrimeFaces' script adds it to every form, the server checks it
                    self.nonce = a['nonce']
                continue
            if tag == 'form':
                inside = inside or a.get('id') == 'respondForm'
                continue
            if not inside:
                continue
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
                select = name
                self.selects[name] = []
            elif tag == 'option' and select:
                self.selects[select].append(a.get('value', ''))


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


class Browser:
    """One respondent's HTTP/1.1 connection with keep-alive and its cookies (reconnects when the server closed it)."""

    def __init__(self):
        self.reader = self.writer = None
        self.cookies = {}

    async def close(self):
        if self.writer:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
        self.reader = self.writer = None

    async def request(self, method, target, body=None):
        """(status, body text) of the final answer, redirects followed (a POST's redirect as a GET, as urllib and browsers do)."""
        for _ in range(5):
            status, headers, content = await self._once(method, target, body)
            if status in (301, 302, 303, 307) and 'location' in headers:
                target = urllib.parse.urljoin(BASE + '/', headers['location'])
                target = urllib.parse.urlsplit(target)._replace(scheme='', netloc='').geturl()
                if status != 307:
                    method, body = 'GET', None
                continue
            return status, content
        return status, content

    async def _once(self, method, target, body):
        for attempt in (1, 2):
            fresh = self.writer is None
            if fresh:
                self.reader, self.writer = await asyncio.open_connection(HOST, PORT)
            lines = [f'{method} {target} HTTP/1.1', f'Host: {HOST}:{PORT}', 'Accept-Encoding: identity',
                     'User-Agent: respondents.py']
            if self.cookies:
                lines.append('Cookie: ' + '; '.join(f'{k}={v}' for k, v in self.cookies.items()))
            if body is not None:
                lines += ['Content-Type: application/x-www-form-urlencoded', f'Content-Length: {len(body)}']
            self.writer.write(('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1') + (body or b''))
            try:
                return await self._answer()
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if fresh or attempt == 2:
                    raise
                # the server closed an idle keep-alive connection: once more on a new one
        raise ConnectionError('unreachable')

    async def _answer(self):
        status_line = await self.reader.readuntil(b'\r\n')
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = (await self.reader.readuntil(b'\r\n')).decode('latin-1').rstrip('\r\n')
            if not line:
                break
            name, _, value = line.partition(':')
            name, value = name.strip().lower(), value.strip()
            if name == 'set-cookie':
                cookie = value.split(';', 1)[0]
                k, _, v = cookie.partition('=')
                self.cookies[k.strip()] = v.strip()
            else:
                headers[name] = value
        if headers.get('transfer-encoding', '').lower() == 'chunked':
            parts = []
            while True:
                size = int((await self.reader.readuntil(b'\r\n')).split(b';')[0], 16)
                if size == 0:
                    while (await self.reader.readuntil(b'\r\n')) != b'\r\n':
                        pass
                    break
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            content = b''.join(parts)
        elif 'content-length' in headers:
            content = await self.reader.readexactly(int(headers['content-length']))
        else:
            content = await self.reader.read()
            await self.close()
        if headers.get('connection', '').lower() == 'close':
            await self.close()
        return status, headers, content.decode('utf-8', 'replace')


gets, saves, errors, completed, firsts = [], [], [], [0], []


def start_link():
    request = urllib.request.Request(BASE + '/api/v1/surveys/' + INSTRUMENT + '/responses',
                                     data=json.dumps({'language': 'nl', 'channel': 'LINK'}).encode(),
                                     method='POST')
    request.add_header('Authorization', 'Basic ' + base64.b64encode(f'{USER}:{PASSWORD}'.encode()).decode())
    request.add_header('Content-Type', 'application/json')
    request.add_header('Accept', 'application/json')
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)['token']


async def respondent(index, token, deadline):
    rng = random.Random(index)
    browser = Browser()
    link = '/respond.xhtml?t=' + token
    await asyncio.sleep(THINK * rng.random())  # arrival within the first think time
    page = None
    try:
        for _ in range(80):
            if time.time() > deadline:
                return
            try:
                if page is None or REFETCH:
                    t0 = time.perf_counter()
                    status, page = await asyncio.wait_for(browser.request('GET', link), TIMEOUT)
                    gets.append(time.perf_counter() - t0)
                    if _ == 0:
                        firsts.append(gets[-1])
                    if status != 200:
                        errors.append(f'GET {status}')
                if 'id="thanks"' in page:
                    completed[0] += 1
                    return
                form = Form(page)
                await asyncio.sleep(THINK * rng.uniform(0.5, 1.5))
                body = urllib.parse.urlencode(fill(form, rng)).encode()
                t0 = time.perf_counter()
                status, page = await asyncio.wait_for(browser.request('POST', link, body), TIMEOUT)
                saves.append(time.perf_counter() - t0)
                if status not in (200, 302):
                    errors.append(f'POST {status}')
                    page = None
            except Exception as e:  # noqa: BLE001 - every failure counts as an error of the run
                errors.append(repr(e)[:200])
                page = None  # the respondent opens the link again, as after a reload
                await browser.close()
    finally:
        await browser.close()


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000 if values else float('nan')


def cpu_ticks(stat):
    """User and system CPU, in clock ticks, of a /proc stat line (a process's or a thread's)."""
    fields = stat.rsplit(')', 1)[1].split()
    return int(fields[11]), int(fields[12])


def server_cpu():
    """The server's CPU seconds so far (SERVER_PID set: the bench scripts start it), else None."""
    pid = os.environ.get('SERVER_PID')
    if not pid:
        return None
    with open(f'/proc/{pid}/stat') as stat:
        return sum(cpu_ticks(stat.read())) / os.sysconf('SC_CLK_TCK')


def server_threads():
    """The server's CPU so far by kind of thread, user and system apart, in clock ticks (SERVER_PID set), else None:
    to tell a slow run's extra CPU apart (the compilers, the collector, the request threads, the kernel's share)."""
    pid = os.environ.get('SERVER_PID')
    if not pid:
        return None
    kinds = {}
    for task in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{task}/stat') as stat:
                text = stat.read()
        except OSError:
            continue  # the thread ended
        name = text[text.index('(') + 1:text.rindex(')')]
        kind = ('compilers' if 'Compiler' in name else 'collector' if name == 'VM Thread'
                else 'requests' if name.startswith('http-thread') else 'other')
        user, system = cpu_ticks(text)
        total_user, total_system = kinds.get(kind, (0, 0))
        kinds[kind] = (total_user + user, total_system + system)
    return kinds


async def main():
    links = [start_link() for _ in range(USERS)]
    server0 = server_cpu()
    threads0 = server_threads()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    deadline = time.time() + DURATION
    began = time.time()
    await asyncio.gather(*(respondent(i, links[i], deadline) for i in range(USERS)))
    elapsed = time.time() - began
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    server1 = server_cpu()
    threads1 = server_threads()
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    for label, values in (('page GET', gets), ('page save', saves), ('first page GET (counted in page GET)', firsts)):
        print(f'{label}: n={len(values)} p50={percentile(values, 50):.1f} ms p95={percentile(values, 95):.1f} ms '
              f'p99={percentile(values, 99):.1f} ms max={percentile(values, 100):.1f} ms')
    requests = len(gets) + len(saves)
    print(f'client CPU {cpu:.1f} s over {elapsed:.1f} s ({cpu / elapsed * 100:.0f}% of one core), '
          f'{cpu / max(requests, 1) * 1000:.2f} ms per request; requests={requests} ({requests / elapsed:.1f}/s)')
    if server0 is not None:
        print(f'server CPU {server1 - server0:.1f} s over {elapsed:.1f} s ({(server1 - server0) / elapsed * 100:.0f}% of one core), '
              f'{(server1 - server0) / max(requests, 1) * 1000:.2f} ms per request (after the links were started)')
        tick = os.sysconf('SC_CLK_TCK')
        parts = []
        for kind in ('requests', 'compilers', 'collector', 'other'):
            user1, system1 = threads1.get(kind, (0, 0))
            user0, system0 = threads0.get(kind, (0, 0))
            parts.append(f'{kind} {(user1 - user0) / tick:.1f} + {(system1 - system0) / tick:.1f}')
        print('server CPU by thread, user + system s (threads that ended are left out): ' + '; '.join(parts))
    print(f'users={USERS} completed={completed[0]} elapsed={elapsed:.1f} s errors={len(errors)}')
    for e in errors[:10]:
        print('  error:', e)


asyncio.run(main())
