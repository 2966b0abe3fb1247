#pragma once

#include <QObject>
#include <QSet>
#include <QString>

// The person's own words ("Add to dictionary"), the same for every language and every window: a UTF-8 text
// file with one word a line, under the app's data folder, that any text editor can change. Each change reads
// the file again first and writes it atomically (QSaveFile), so two Epistle processes never lose each
// other's words and a crash never leaves half a list.
class PersonalDictionary : public QObject
{
    Q_OBJECT
public:
    // 'path' empty: personal-dictionary.txt in QStandardPaths::AppDataLocation.
    explicit PersonalDictionary(const QString &path = {}, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // A word counts when it is in the list as it is, or with a capital first letter when the list holds it in
    // lower case (at the start of a sentence).
    bool contains(const QString &word) const;
    // False (the list unchanged in memory too) when the file cannot be written; errorString() says why.
    bool add(const QString &word);
    bool remove(const QString &word);
    QString errorString() const { return m_error; }
    // Reads the file again (after an edit outside Epistle).
    void reload();

Q_SIGNALS:
    void changed();

private:
    bool write(const QSet<QString> &words);

    QString m_path;
    QSet<QString> m_words;
    QString m_error;
};
