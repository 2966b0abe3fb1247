#!/usr/bin/python3
"""Python smtplib reusing one connection: N sendmail() calls, then quit. Prints: count seconds msgs/s.
Usage: smtplib_batch.py PORT starttls|tls|none CAFILE USER PASSWORD FROM TO EML COUNT"""
import smtplib
import ssl
import sys
import time

port, mode, cafile, user, password, sender, to, eml, count = sys.argv[1:10]
count = int(count)
data = open(eml, "rb").read()
ctx = ssl.create_default_context(cafile=cafile)
t0 = time.monotonic()
s = smtplib.SMTP_SSL("127.0.0.1", int(port), context=ctx) if mode == "tls" else smtplib.SMTP("127.0.0.1", int(port))
if mode == "starttls":
    s.starttls(context=ctx)
if user:
    s.user, s.password = user, password
    s.auth("PLAIN", s.auth_plain)
for _ in range(count):
    s.sendmail(sender, [to], data)
s.quit()
dt = time.monotonic() - t0
print("%d %.3f %.1f" % (count, dt, count / dt))
