#!/usr/bin/python3
# A Secret Service that never answers: it owns org.freedesktop.secrets on the session bus and swallows every
# method call without a reply, as a hung keyring daemon (or a prompt nobody can see) would. For the test of
# SecretStore's deadline (run-with-keyring.sh --hung-service). Debian's python3-dbus and python3-gi.
import dbus, dbus.mainloop.glib
from gi.repository import GLib
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
def swallow(connection, message):
    return dbus.lowlevel.HANDLER_RESULT_HANDLED if message.get_type() == 1 else dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED
bus.add_message_filter(swallow)
bus.request_name("org.freedesktop.secrets")
print("ready", flush=True)
GLib.MainLoop().run()
