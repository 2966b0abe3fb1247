# Sources of ui/.
target_sources(epistle_ui PRIVATE
    accounteditor.h accounteditor.cpp
    accountsdialog.h accountsdialog.cpp
    addresslineedit.h addresslineedit.cpp
    appcontext.h appcontext.cpp
    attachmenticonproxy.h attachmenticonproxy.cpp
    bodyeditor.h bodyeditor.cpp
    certificateview.h certificateview.cpp
    composerwindow.h composerwindow.cpp
    emailhtml.h emailhtml.cpp
    guiapp.h guiapp.cpp
    icons.h icons.cpp
    mailboxwindow.h mailboxwindow.cpp
    mailtourl.h mailtourl.cpp
    messagebanner.h messagebanner.cpp
    passworddialog.h passworddialog.cpp
    presendcheck.h presendcheck.cpp
    protocollogview.h protocollogview.cpp
    recentaddresses.h recentaddresses.cpp
    sendprogresspanel.h sendprogresspanel.cpp
    serverlimits.h serverlimits.cpp
    servertestdialog.h servertestdialog.cpp
    oauthsigninpanel.h oauthsigninpanel.cpp
    uitext.h uitext.cpp
)
