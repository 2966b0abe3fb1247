# Sources of app/.
target_sources(epistle PRIVATE
    main.cpp
    guilauncher.h guilauncher.cpp
    cli/cli.h cli/cli.cpp
    cli/cliutil.h cli/cliutil.cpp
    cli/commands.h
    cli/commandreference.h cli/commandreference.cpp
    cli/connectionoptions.h cli/connectionoptions.cpp
    cli/messageoptions.h cli/messageoptions.cpp
    cli/report.h cli/report.cpp
    cli/emlsource.h cli/emlsource.cpp
    cli/outgoingmessage.h cli/outgoingmessage.cpp
    cli/sessionoutput.h cli/sessionoutput.cpp
    cli/progressline.h cli/progressline.cpp
    cli/sendcommand.cpp
    cli/sendmailcommand.cpp
    cli/outboxcommand.cpp
    cli/draftscommand.cpp
    cli/storecli.h cli/storecli.cpp
    cli/testcommand.cpp
    cli/accountscommand.cpp
    cli/oauthcli.h cli/oauthcli.cpp
    cli/imapcli.h cli/imapcli.cpp
    cli/helpcommand.cpp
    cli/helptext.h cli/helptext.cpp
    cli/manpage.h cli/manpage.cpp
    cli/shellcompletion.h cli/shellcompletion.cpp
)
target_include_directories(epistle PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(epistle PRIVATE EPISTLE_VERSION="${PROJECT_VERSION}")
