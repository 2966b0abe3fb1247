# Sources of core/imap, included by core/CMakeLists.txt: the IMAP client that files a copy of each sent
# message in the server's Sent folder.
target_sources(epistle_core PRIVATE
    imap/imap.h imap/imap.cpp
    imap/imapconnectionsettings.h
    imap/imapresponse.h imap/imapresponse.cpp
    imap/imapresponseparser.h imap/imapresponseparser.cpp
    imap/imapcapabilities.h imap/imapcapabilities.cpp
    imap/imapmailbox.h imap/imapmailbox.cpp
    imap/imaperror.h imap/imaperror.cpp
    imap/imapwording.h imap/imapwording.cpp
    imap/imapcommand.h imap/imapcommand.cpp
    imap/imapclient.h imap/imapclient.cpp
    imap/imaplogin.h imap/imaplogin.cpp
    imap/imapsessionopener.h imap/imapsessionopener.cpp
    imap/imapsentfolder.h imap/imapsentfolder.cpp
    imap/imapsentcopy.h imap/imapsentcopy.cpp
    imap/imapconnectiontest.h imap/imapconnectiontest.cpp
    imap/imaptranscript.h imap/imaptranscript.cpp
)
