# Sources of core/mime, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    mime/addressparser.cpp mime/addressparser.h
    mime/addresstokenizer.cpp mime/addresstokenizer.h
    mime/base64lines.cpp mime/base64lines.h
    mime/emlreader.cpp mime/emlreader.h
    mime/encodedword.cpp mime/encodedword.h
    mime/headerfieldbuilder.cpp mime/headerfieldbuilder.h
    mime/htmltotext.cpp mime/htmltotext.h
    mime/mailaddress.cpp mime/mailaddress.h
    mime/messagewriter.cpp mime/messagewriter.h
    mime/mimeattachment.cpp mime/mimeattachment.h
    mime/mimemessage.cpp mime/mimemessage.h
    mime/mimeutils.cpp mime/mimeutils.h
    mime/quotedprintable.cpp mime/quotedprintable.h
)
