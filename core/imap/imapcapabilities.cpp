#include "imapcapabilities.h"

#include <QStringList>

ImapCapabilities ImapCapabilities::fromResponse(const ImapResponse &response)
{
    QList<QByteArray> atoms;
    if (response.code() == "CAPABILITY") {
        atoms = response.codeArguments();
    } else {
        for (const ImapValue &v : response.values()) {
            if (v.isText()) {
                atoms.append(v.bytes());
            }
        }
    }
    return fromAtoms(atoms);
}

ImapCapabilities ImapCapabilities::fromAtoms(const QList<QByteArray> &atoms)
{
    ImapCapabilities c;
    for (const QByteArray &a : atoms) {
        // A capability is an atom; anything with spaces or controls is not one, and a long list is a
        // server misbehaving, not a feature.
        if (!a.isEmpty() && a.size() <= 200 && c.m_atoms.size() < 1000) {
            c.m_atoms.append(a);
        }
    }
    return c;
}

bool ImapCapabilities::has(const QByteArray &capability) const
{
    for (const QByteArray &a : m_atoms) {
        if (a.compare(capability, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QList<QByteArray> ImapCapabilities::authMechanisms() const
{
    QList<QByteArray> out;
    for (const QByteArray &a : m_atoms) {
        if (a.size() > 5 && a.left(5).compare("AUTH=", Qt::CaseInsensitive) == 0) {
            const QByteArray m = a.mid(5).toUpper();
            if (!out.contains(m)) {
                out.append(m);
            }
        }
    }
    return out;
}

qint64 ImapCapabilities::appendLimit() const
{
    for (const QByteArray &a : m_atoms) {
        if (a.size() > 12 && a.left(12).compare("APPENDLIMIT=", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = a.mid(12).toLongLong(&ok);
            return ok && n >= 0 ? n : -1;
        }
    }
    return -1;
}

QString ImapCapabilities::toDisplayString() const
{
    QStringList parts;
    for (const QByteArray &a : m_atoms) {
        parts << QString::fromLatin1(a);
    }
    return parts.join(QLatin1Char(' '));
}
