#pragma once

#include <QStringList>
#include <QWidget>

class AttachmentListModel;
class QMimeData;
class QLabel;
class QPushButton;
class QTreeView;

// The composer's attachments: one line with how many there are and their total size (a hint while there is
// none) and the Attach / Remove / Open buttons, above the list of files with their sizes (shown once there is
// one), which takes files dropped from the file manager. It owns the list the message is built from.
class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPanel(QWidget *parent = nullptr);

    AttachmentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QPushButton *attachButton() const { return m_add; }
    // The local files among what is dragged or pasted (the file manager's URLs).
    static QStringList localFiles(const QMimeData *data);

    // Attaches local files; those that cannot be attached are named through problems().
    void addFiles(const QStringList &paths);
    // Asks for files to attach (a file dialog).
    void chooseFiles();
    // Removes the files a mailto: link attached.
    void removeLinkFiles();
    // While the message is being sent nothing can be added or removed (the files can still be opened).
    void setEditable(bool editable);

Q_SIGNALS:
    // Files were added or removed.
    void changed();
    // What could not be attached, and why (a folder, a file that cannot be read), one line each.
    void problems(const QStringList &problems);

private:
    void removeSelected();
    void openSelected();
    void updateSummary();
    void fitViewToRows(int count);

    AttachmentListModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_open;
    bool m_editable = true;
    QString m_lastFolder;
};
