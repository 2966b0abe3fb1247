#include "addresslineedit.h"

#include "icons.h"
#include "mime/addressparser.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>

AddressLineEdit::AddressLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Name <address@example.org>, another@example.org"));
    // Disabled (while sending, after a failure), an empty field shows no hint: styles draw a disabled hint
    // darker than disabled text, which made the message look addressed to the example addresses.
    QPalette hint = palette();
    hint.setColor(QPalette::Disabled, QPalette::PlaceholderText, Qt::transparent);
    setPalette(hint);
    m_errorAction = new QAction(Icons::icon(QStringLiteral("warning")), QString(), this);
    // Added to the field only while there is a problem to show (see showProblem()).
    connect(m_errorAction, &QAction::triggered, this, [this] {
        if (!m_error.isEmpty()) {
            const AddressParser::Result r = AddressParser::parseList(text());
            if (r.errorPosition >= 0) {
                setCursorPosition(r.errorPosition);
            }
            setFocus();
        }
    });
    m_revealTimer = new QTimer(this);
    m_revealTimer->setSingleShot(true);
    m_revealTimer->setInterval(1200);
    connect(m_revealTimer, &QTimer::timeout, this, [this] { showProblem(true); });
    connect(this, &QLineEdit::textEdited, m_revealTimer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, &AddressLineEdit::validate);
    connect(this, &QLineEdit::textEdited, this, &AddressLineEdit::updateCompletionPrefix);
}

void AddressLineEdit::setCompletionModel(QAbstractItemModel *model)
{
    if (!m_completer) {
        m_completer = new QCompleter(this);
        m_completer->setWidget(this);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        // Typing part of a name or of the domain finds the address too, not only its beginning.
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setMaxVisibleItems(8);
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AddressLineEdit::insertCompletion);
    }
    m_completer->setModel(model);
}

void AddressLineEdit::setErrorLabel(QLabel *label)
{
    m_errorLabel = label;
    validate();
}

int AddressLineEdit::currentTokenStart() const
{
    const QString t = text().left(cursorPosition());
    bool quoted = false;
    int start = 0;
    for (int i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && t.at(i) == QLatin1Char(',')) {
            start = i + 1;
        }
    }
    return start;
}

void AddressLineEdit::updateCompletionPrefix()
{
    if (!m_completer) {
        return;
    }
    const int start = currentTokenStart();
    const QString token = text().mid(start, cursorPosition() - start).trimmed();
    if (token.size() < 1) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressLineEdit::insertCompletion(const QString &completion)
{
    const int start = currentTokenStart();
    QString t = text();
    // The typed part, up to the next comma, is replaced by the chosen address.
    int end = int(t.indexOf(QLatin1Char(','), cursorPosition()));
    if (end < 0) {
        end = int(t.size());
    }
    const QString before = t.left(start);
    const QString after = t.mid(end);
    const QString insert
        = (before.isEmpty() ? QString() : QStringLiteral(" ")) + completion + QStringLiteral(", ");
    setText(before + insert + after.mid(after.startsWith(QLatin1Char(',')) ? 1 : 0).trimmed());
    setCursorPosition(int(before.size() + insert.size()));
}

void AddressLineEdit::appendAddresses(const QStringList &addresses)
{
    if (addresses.isEmpty()) {
        return;
    }
    QString t = text().trimmed();
    if (t.endsWith(QLatin1Char(','))) {
        t.chop(1);
    }
    const QString joined = addresses.join(QStringLiteral(", "));
    setText(t.isEmpty() ? joined : t + QStringLiteral(", ") + joined);
}

QString AddressLineEdit::normalizePastedList(const QString &pasted)
{
    QString text = pasted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // A group ("Team: a@x, b@y;") uses ';' itself; only a plain list gets its semicolons read as separators.
    const bool group = text.contains(QLatin1Char(':'));
    QString out;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        }
        const bool separator = !quoted
            && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')
                || (!group && c == QLatin1Char(';')));
        out += separator ? QChar(QLatin1Char(',')) : c;
    }
    // Collapse the empty entries a column of addresses with blank lines leaves.
    QStringList parts;
    QString current;
    quoted = false;
    for (const QChar c : out) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        }
        if (!quoted && c == QLatin1Char(',')) {
            if (!current.trimmed().isEmpty()) {
                parts << current.trimmed();
            }
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty()) {
        parts << current.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

void AddressLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // The completer's popup takes these.
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (event->matches(QKeySequence::Paste)) {
        const QString pasted = QApplication::clipboard()->text();
        if (pasted.contains(QLatin1Char('\n')) || pasted.contains(QLatin1Char(';'))
            || pasted.contains(QLatin1Char('\t'))) {
            insert(normalizePastedList(pasted));
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void AddressLineEdit::focusOutEvent(QFocusEvent *event)
{
    // A trailing ", " left by a completion is not an empty address.
    QString t = text();
    const QString trimmed = t.trimmed();
    if (trimmed.endsWith(QLatin1Char(','))) {
        setText(trimmed.chopped(1));
    }
    QLineEdit::focusOutEvent(event);
    // Leaving the field shows its problem; the window losing the focus (another window, the completion
    // popup, or this window closing, when adding the problem's icon to a field being destroyed crashed) is
    // not leaving the field.
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason) {
        showProblem(true);
    }
}

void AddressLineEdit::validate()
{
    QString t = text().trimmed();
    // While typing, "a@x, " is on its way to a second address, not an error.
    if (t.endsWith(QLatin1Char(','))) {
        t.chop(1);
    }
    QString error;
    int count = 0;
    int position = -1;
    if (!t.isEmpty()) {
        const AddressParser::Result r = AddressParser::parseList(t);
        if (!r.ok()) {
            error = r.error;
            position = r.errorPosition;
        } else {
            count = int(r.addresses.mailboxes().size());
        }
    }
    const bool wasValid = m_error.isEmpty();
    m_error = error;
    m_errorPosition = position;
    m_count = count;
    // A problem in an address already finished (before the one being typed) is shown at once.
    const bool typingAtEnd = hasFocus() && cursorPosition() >= int(text().size())
        && (position < 0 || position >= currentTokenStart());
    showProblem(!typingAtEnd);
    if (wasValid != error.isEmpty()) {
        Q_EMIT validityChanged(error.isEmpty());
    }
}

void AddressLineEdit::showProblem(bool reveal)
{
    const bool visible = reveal && !m_error.isEmpty();
    if (visible && !actions().contains(m_errorAction)) {
        addAction(m_errorAction, QLineEdit::TrailingPosition);
    } else if (!visible && actions().contains(m_errorAction)) {
        removeAction(m_errorAction);
    }
    m_errorAction->setToolTip(m_error);
    setToolTip(visible ? m_error : QString());
    setAccessibleDescription(visible ? tr("Invalid address: %1").arg(m_error) : QString());
    if (m_errorLabel) {
        m_errorLabel->setText(visible ? tr("Not a valid address list: %1").arg(m_error) : QString());
        m_errorLabel->setVisible(visible);
    }
}
