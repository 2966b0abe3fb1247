#include "protocollogview.h"

#include "icons.h"
#include "smtp/smtptranscript.h"
#include "windowplacement.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProtocolLogDialog::ProtocolLogDialog(QWidget *parent) : QDialog(parent), m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Protocol log"));
    setWindowIcon(Icons::icon(QStringLiteral("log")));
    m_view->setReadOnly(true);
    m_view->setObjectName(QStringLiteral("protocolLog"));
    m_view->setAccessibleName(tr("Protocol log"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped, so the C:/S: at the start of every line stays in view; long tokens (a base64 challenge)
    // break anywhere rather than push the window sideways.
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_view->setMaximumBlockCount(SmtpTranscript::MaxLines);
    m_view->setPlaceholderText(
        tr("No session yet: the log appears here while a message is sent or a server is "
           "tested."));
    auto *note = new QLabel(
        tr("<b>C:</b>&nbsp;sent by Epistle &nbsp;·&nbsp; <b>S:</b>&nbsp;the server's reply &nbsp;·&nbsp; "
           "<b>X:</b>&nbsp;an event on the connection (message data sent, TLS started) &nbsp;·&nbsp; "
           "<b>#</b>&nbsp;a note from Epistle (a new connection, the TLS session, an error)<br>Passwords and "
           "tokens show as [redacted]: the log is safe to share."),
        this);
    note->setObjectName(QStringLiteral("prefixes"));
    note->setTextFormat(Qt::RichText);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setIcon(Icons::icon(QStringLiteral("copy")));
    connect(copy, &QPushButton::clicked, this, &ProtocolLogDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    WindowPlacement::install(this, QSize(760, 480));
}

void ProtocolLogDialog::setTranscript(SmtpTranscript *transcript)
{
    if (m_connection) {
        disconnect(m_connection);
    }
    m_transcript = transcript;
    m_view->clear();
    if (!transcript) {
        return;
    }
    m_view->setPlainText(transcript->text());
    m_view->moveCursor(QTextCursor::End);
    m_connection = connect(transcript, &SmtpTranscript::lineAdded, this, &ProtocolLogDialog::append);
}

QString ProtocolLogDialog::text() const
{
    return m_view->toPlainText();
}

void ProtocolLogDialog::copyAll()
{
    QApplication::clipboard()->setText(text());
}

void ProtocolLogDialog::append(const QString &line)
{
    m_view->appendPlainText(line);
}
