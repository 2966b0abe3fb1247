# Sources of core/store, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    store/attachmentlistmodel.h store/attachmentlistmodel.cpp
    store/draft.h store/draft.cpp
    store/draftautosaver.h store/draftautosaver.cpp
    store/draftlistmodel.h store/draftlistmodel.cpp
    store/draftstore.h store/draftstore.cpp
    store/folderwatcher.h store/folderwatcher.cpp
    store/itemfolder.h store/itemfolder.cpp
    store/mailstore.h store/mailstore.cpp
    store/messagesubmission.h store/messagesubmission.cpp
    store/outbox.h store/outbox.cpp
    store/outboxbatch.h store/outboxbatch.cpp
    store/outboxitem.h store/outboxitem.cpp
    store/outboxjournal.h store/outboxjournal.cpp
    store/outboxmodel.h store/outboxmodel.cpp
    store/outboxsender.h store/outboxsender.cpp
    store/presendcheck.h store/presendcheck.cpp
    store/sentcopyqueue.h store/sentcopyqueue.cpp
    store/sentcopyrecord.h store/sentcopyrecord.cpp
    store/sentfolder.h store/sentfolder.cpp
    store/sentmodel.h store/sentmodel.cpp
    store/storefiles.h store/storefiles.cpp
    store/storelock.h store/storelock.cpp
    store/storetablemodel.h
)
