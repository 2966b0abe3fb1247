#include "personaldictionary.h"

#include "spelllogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QSet<QString> readWords(const QString &path)
{
    QSet<QString> words;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return words;
    }
    // One word a line; blank lines and "#" comments are the person's own notes.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#'))) {
            words.insert(word);
        }
    }
    return words;
}

} // namespace

PersonalDictionary::PersonalDictionary(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/personal-dictionary.txt")
                            : path)
{
    reload();
}

bool PersonalDictionary::contains(const QString &word) const
{
    if (m_words.contains(word)) {
        return true;
    }
    if (word.isEmpty() || !word.at(0).isUpper()) {
        return false;
    }
    return m_words.contains(word.at(0).toLower() + word.mid(1));
}

void PersonalDictionary::reload()
{
    m_words = readWords(m_path);
    Q_EMIT changed();
}

bool PersonalDictionary::add(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.contains(QLatin1Char('\n'))) {
        return false;
    }
    QSet<QString> words = readWords(m_path);
    words.insert(w);
    if (!write(words)) {
        return false;
    }
    m_words = words;
    Q_EMIT changed();
    return true;
}

bool PersonalDictionary::remove(const QString &word)
{
    QSet<QString> words = readWords(m_path);
    words.remove(word.trimmed());
    if (!write(words)) {
        return false;
    }
    m_words = words;
    Q_EMIT changed();
    return true;
}

bool PersonalDictionary::write(const QSet<QString> &words)
{
    QStringList sorted(words.cbegin(), words.cend());
    sorted.sort(Qt::CaseInsensitive);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
    } else {
        file.write(sorted.join(QLatin1Char('\n')).toUtf8());
        file.write("\n");
        if (file.commit()) {
            m_error.clear();
            return true;
        }
        m_error = file.errorString();
    }
    qCWarning(lcSpell) << "The personal dictionary" << m_path << "could not be written:" << m_error;
    return false;
}
