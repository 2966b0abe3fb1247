#!/usr/bin/python3
"""Python smtplib, as its documentation shows it: STARTTLS or SMTP_SSL, AUTH PLAIN, sendmail, quit.
Usage: smtplib_send.py starttls|tls PORT CAFILE USER PASSWORD FROM EML RCPT..."""
import smtplib
import ssl
import sys

mode, port, cafile, user, password, sender, eml = sys.argv[1:8]
rcpts = sys.argv[8:]
ctx = ssl.create_default_context(cafile=cafile)
data = open(eml, "rb").read()
if mode == "tls":
    s = smtplib.SMTP_SSL("127.0.0.1", int(port), context=ctx)
else:
    s = smtplib.SMTP("127.0.0.1", int(port))
    s.starttls(context=ctx)
s.user, s.password = user, password
s.auth("PLAIN", s.auth_plain)
s.sendmail(sender, rcpts, data)
s.quit()
