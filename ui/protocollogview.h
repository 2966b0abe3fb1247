#pragma once

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;
class SmtpTranscript;

// The protocol log of the message being sent or sent last (every attempt, oldest first): the C:/S: transcript
// the engine records (secrets already redacted), wrapped so each line's prefix stays in view, growing live
// while a session runs, selectable and copyable as a whole.
class ProtocolLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProtocolLogDialog(QWidget *parent = nullptr);

    // Shows this transcript's lines and follows it (nullptr shows nothing).
    void setTranscript(SmtpTranscript *transcript);
    QString text() const;
    void copyAll();

private:
    void append(const QString &line);

    QPointer<SmtpTranscript> m_transcript;
    QPlainTextEdit *m_view;
    QMetaObject::Connection m_connection;
};
