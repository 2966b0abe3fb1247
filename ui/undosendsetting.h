#pragma once

#include <QList>
#include <QString>

// The "undo send" preference: how many seconds a message waits in the outbox after Send, with Undo offered,
// before it goes — off, 5, 10, 20 or 30 (5 unless the person chose otherwise, as Gmail does). Kept in ui.conf
// beside the composer's other preferences; each window reads it when it sends, so a change applies to the
// next message of every window. The command line never waits.
class UndoSendSetting
{
public:
    static constexpr int DefaultSeconds = 5;

    explicit UndoSendSetting(const QString &settingsPath = {});

    // The offered values, in seconds (0: off).
    static QList<int> choices();
    int seconds() const;
    // A value that is not one of choices() is ignored.
    void setSeconds(int seconds);

private:
    QString m_path;
};
