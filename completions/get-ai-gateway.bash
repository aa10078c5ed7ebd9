_get__ai__gateway() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="get__ai__gateway"
                ;;
            get__ai__gateway,apply)
                cmd="get__ai__gateway__subcmd__apply"
                ;;
            get__ai__gateway,backup)
                cmd="get__ai__gateway__subcmd__backup"
                ;;
            get__ai__gateway,check)
                cmd="get__ai__gateway__subcmd__check"
                ;;
            get__ai__gateway,completions)
                cmd="get__ai__gateway__subcmd__completions"
                ;;
            get__ai__gateway,config)
                cmd="get__ai__gateway__subcmd__config"
                ;;
            get__ai__gateway,console)
                cmd="get__ai__gateway__subcmd__console"
                ;;
            get__ai__gateway,dashboard)
                cmd="get__ai__gateway__subcmd__dashboard"
                ;;
            get__ai__gateway,delete)
                cmd="get__ai__gateway__subcmd__delete"
                ;;
            get__ai__gateway,diff)
                cmd="get__ai__gateway__subcmd__diff"
                ;;
            get__ai__gateway,doctor)
                cmd="get__ai__gateway__subcmd__doctor"
                ;;
            get__ai__gateway,export)
                cmd="get__ai__gateway__subcmd__export"
                ;;
            get__ai__gateway,help)
                cmd="get__ai__gateway__subcmd__help"
                ;;
            get__ai__gateway,keys)
                cmd="get__ai__gateway__subcmd__keys"
                ;;
            get__ai__gateway,logs)
                cmd="get__ai__gateway__subcmd__logs"
                ;;
            get__ai__gateway,mcp)
                cmd="get__ai__gateway__subcmd__mcp"
                ;;
            get__ai__gateway,metrics)
                cmd="get__ai__gateway__subcmd__metrics"
                ;;
            get__ai__gateway,plugin)
                cmd="get__ai__gateway__subcmd__plugin"
                ;;
            get__ai__gateway,redis)
                cmd="get__ai__gateway__subcmd__redis"
                ;;
            get__ai__gateway,restore)
                cmd="get__ai__gateway__subcmd__restore"
                ;;
            get__ai__gateway,route)
                cmd="get__ai__gateway__subcmd__route"
                ;;
            get__ai__gateway,schema)
                cmd="get__ai__gateway__subcmd__schema"
                ;;
            get__ai__gateway,sessions)
                cmd="get__ai__gateway__subcmd__sessions"
                ;;
            get__ai__gateway,skills)
                cmd="get__ai__gateway__subcmd__skills"
                ;;
            get__ai__gateway,start)
                cmd="get__ai__gateway__subcmd__start"
                ;;
            get__ai__gateway,status)
                cmd="get__ai__gateway__subcmd__status"
                ;;
            get__ai__gateway,stop)
                cmd="get__ai__gateway__subcmd__stop"
                ;;
            get__ai__gateway,tracing)
                cmd="get__ai__gateway__subcmd__tracing"
                ;;
            get__ai__gateway,upgrade)
                cmd="get__ai__gateway__subcmd__upgrade"
                ;;
            get__ai__gateway,usage)
                cmd="get__ai__gateway__subcmd__usage"
                ;;
            get__ai__gateway__subcmd__config,add)
                cmd="get__ai__gateway__subcmd__config__subcmd__add"
                ;;
            get__ai__gateway__subcmd__config,fallback)
                cmd="get__ai__gateway__subcmd__config__subcmd__fallback"
                ;;
            get__ai__gateway__subcmd__config,help)
                cmd="get__ai__gateway__subcmd__config__subcmd__help"
                ;;
            get__ai__gateway__subcmd__config,list)
                cmd="get__ai__gateway__subcmd__config__subcmd__list"
                ;;
            get__ai__gateway__subcmd__config,remove)
                cmd="get__ai__gateway__subcmd__config__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__config,set)
                cmd="get__ai__gateway__subcmd__config__subcmd__set"
                ;;
            get__ai__gateway__subcmd__config,test)
                cmd="get__ai__gateway__subcmd__config__subcmd__test"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,add)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__add"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,fallback)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__fallback"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,remove)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,set)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__set"
                ;;
            get__ai__gateway__subcmd__config__subcmd__help,test)
                cmd="get__ai__gateway__subcmd__config__subcmd__help__subcmd__test"
                ;;
            get__ai__gateway__subcmd__console,help)
                cmd="get__ai__gateway__subcmd__console__subcmd__help"
                ;;
            get__ai__gateway__subcmd__console,password)
                cmd="get__ai__gateway__subcmd__console__subcmd__password"
                ;;
            get__ai__gateway__subcmd__console__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__console__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__console__subcmd__help,password)
                cmd="get__ai__gateway__subcmd__console__subcmd__help__subcmd__password"
                ;;
            get__ai__gateway__subcmd__help,apply)
                cmd="get__ai__gateway__subcmd__help__subcmd__apply"
                ;;
            get__ai__gateway__subcmd__help,backup)
                cmd="get__ai__gateway__subcmd__help__subcmd__backup"
                ;;
            get__ai__gateway__subcmd__help,check)
                cmd="get__ai__gateway__subcmd__help__subcmd__check"
                ;;
            get__ai__gateway__subcmd__help,completions)
                cmd="get__ai__gateway__subcmd__help__subcmd__completions"
                ;;
            get__ai__gateway__subcmd__help,config)
                cmd="get__ai__gateway__subcmd__help__subcmd__config"
                ;;
            get__ai__gateway__subcmd__help,console)
                cmd="get__ai__gateway__subcmd__help__subcmd__console"
                ;;
            get__ai__gateway__subcmd__help,dashboard)
                cmd="get__ai__gateway__subcmd__help__subcmd__dashboard"
                ;;
            get__ai__gateway__subcmd__help,delete)
                cmd="get__ai__gateway__subcmd__help__subcmd__delete"
                ;;
            get__ai__gateway__subcmd__help,diff)
                cmd="get__ai__gateway__subcmd__help__subcmd__diff"
                ;;
            get__ai__gateway__subcmd__help,doctor)
                cmd="get__ai__gateway__subcmd__help__subcmd__doctor"
                ;;
            get__ai__gateway__subcmd__help,export)
                cmd="get__ai__gateway__subcmd__help__subcmd__export"
                ;;
            get__ai__gateway__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__help,keys)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys"
                ;;
            get__ai__gateway__subcmd__help,logs)
                cmd="get__ai__gateway__subcmd__help__subcmd__logs"
                ;;
            get__ai__gateway__subcmd__help,mcp)
                cmd="get__ai__gateway__subcmd__help__subcmd__mcp"
                ;;
            get__ai__gateway__subcmd__help,metrics)
                cmd="get__ai__gateway__subcmd__help__subcmd__metrics"
                ;;
            get__ai__gateway__subcmd__help,plugin)
                cmd="get__ai__gateway__subcmd__help__subcmd__plugin"
                ;;
            get__ai__gateway__subcmd__help,redis)
                cmd="get__ai__gateway__subcmd__help__subcmd__redis"
                ;;
            get__ai__gateway__subcmd__help,restore)
                cmd="get__ai__gateway__subcmd__help__subcmd__restore"
                ;;
            get__ai__gateway__subcmd__help,route)
                cmd="get__ai__gateway__subcmd__help__subcmd__route"
                ;;
            get__ai__gateway__subcmd__help,schema)
                cmd="get__ai__gateway__subcmd__help__subcmd__schema"
                ;;
            get__ai__gateway__subcmd__help,sessions)
                cmd="get__ai__gateway__subcmd__help__subcmd__sessions"
                ;;
            get__ai__gateway__subcmd__help,skills)
                cmd="get__ai__gateway__subcmd__help__subcmd__skills"
                ;;
            get__ai__gateway__subcmd__help,start)
                cmd="get__ai__gateway__subcmd__help__subcmd__start"
                ;;
            get__ai__gateway__subcmd__help,status)
                cmd="get__ai__gateway__subcmd__help__subcmd__status"
                ;;
            get__ai__gateway__subcmd__help,stop)
                cmd="get__ai__gateway__subcmd__help__subcmd__stop"
                ;;
            get__ai__gateway__subcmd__help,tracing)
                cmd="get__ai__gateway__subcmd__help__subcmd__tracing"
                ;;
            get__ai__gateway__subcmd__help,upgrade)
                cmd="get__ai__gateway__subcmd__help__subcmd__upgrade"
                ;;
            get__ai__gateway__subcmd__help,usage)
                cmd="get__ai__gateway__subcmd__help__subcmd__usage"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,add)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__add"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,fallback)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__fallback"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,remove)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,set)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__set"
                ;;
            get__ai__gateway__subcmd__help__subcmd__config,test)
                cmd="get__ai__gateway__subcmd__help__subcmd__config__subcmd__test"
                ;;
            get__ai__gateway__subcmd__help__subcmd__console,password)
                cmd="get__ai__gateway__subcmd__help__subcmd__console__subcmd__password"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,add)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__add"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,disable)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,enable)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,quota)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__quota"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,remove)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys,set)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__set"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys__subcmd__quota,disable)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__quota__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__keys__subcmd__quota,enable)
                cmd="get__ai__gateway__subcmd__help__subcmd__keys__subcmd__quota__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__mcp,add)
                cmd="get__ai__gateway__subcmd__help__subcmd__mcp__subcmd__add"
                ;;
            get__ai__gateway__subcmd__help__subcmd__mcp,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__mcp__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__mcp,remove)
                cmd="get__ai__gateway__subcmd__help__subcmd__mcp__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__help__subcmd__mcp,tools)
                cmd="get__ai__gateway__subcmd__help__subcmd__mcp__subcmd__tools"
                ;;
            get__ai__gateway__subcmd__help__subcmd__plugin,install)
                cmd="get__ai__gateway__subcmd__help__subcmd__plugin__subcmd__install"
                ;;
            get__ai__gateway__subcmd__help__subcmd__plugin,status)
                cmd="get__ai__gateway__subcmd__help__subcmd__plugin__subcmd__status"
                ;;
            get__ai__gateway__subcmd__help__subcmd__plugin,uninstall)
                cmd="get__ai__gateway__subcmd__help__subcmd__plugin__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__help__subcmd__redis,start)
                cmd="get__ai__gateway__subcmd__help__subcmd__redis__subcmd__start"
                ;;
            get__ai__gateway__subcmd__help__subcmd__redis,status)
                cmd="get__ai__gateway__subcmd__help__subcmd__redis__subcmd__status"
                ;;
            get__ai__gateway__subcmd__help__subcmd__redis,stop)
                cmd="get__ai__gateway__subcmd__help__subcmd__redis__subcmd__stop"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,add)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__add"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,disable)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,enable)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,remove)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__help__subcmd__route,test)
                cmd="get__ai__gateway__subcmd__help__subcmd__route__subcmd__test"
                ;;
            get__ai__gateway__subcmd__help__subcmd__sessions,follow)
                cmd="get__ai__gateway__subcmd__help__subcmd__sessions__subcmd__follow"
                ;;
            get__ai__gateway__subcmd__help__subcmd__sessions,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__sessions__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__sessions,serve)
                cmd="get__ai__gateway__subcmd__help__subcmd__sessions__subcmd__serve"
                ;;
            get__ai__gateway__subcmd__help__subcmd__sessions,show)
                cmd="get__ai__gateway__subcmd__help__subcmd__sessions__subcmd__show"
                ;;
            get__ai__gateway__subcmd__help__subcmd__skills,install)
                cmd="get__ai__gateway__subcmd__help__subcmd__skills__subcmd__install"
                ;;
            get__ai__gateway__subcmd__help__subcmd__skills,list)
                cmd="get__ai__gateway__subcmd__help__subcmd__skills__subcmd__list"
                ;;
            get__ai__gateway__subcmd__help__subcmd__skills,uninstall)
                cmd="get__ai__gateway__subcmd__help__subcmd__skills__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__help__subcmd__tracing,disable)
                cmd="get__ai__gateway__subcmd__help__subcmd__tracing__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__tracing,enable)
                cmd="get__ai__gateway__subcmd__help__subcmd__tracing__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__help__subcmd__tracing,status)
                cmd="get__ai__gateway__subcmd__help__subcmd__tracing__subcmd__status"
                ;;
            get__ai__gateway__subcmd__help__subcmd__usage,export)
                cmd="get__ai__gateway__subcmd__help__subcmd__usage__subcmd__export"
                ;;
            get__ai__gateway__subcmd__keys,add)
                cmd="get__ai__gateway__subcmd__keys__subcmd__add"
                ;;
            get__ai__gateway__subcmd__keys,disable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__keys,enable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__keys,help)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help"
                ;;
            get__ai__gateway__subcmd__keys,list)
                cmd="get__ai__gateway__subcmd__keys__subcmd__list"
                ;;
            get__ai__gateway__subcmd__keys,quota)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota"
                ;;
            get__ai__gateway__subcmd__keys,remove)
                cmd="get__ai__gateway__subcmd__keys__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__keys,set)
                cmd="get__ai__gateway__subcmd__keys__subcmd__set"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,add)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__add"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,disable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,enable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,quota)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__quota"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,remove)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help,set)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__set"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help__subcmd__quota,disable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__quota__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__help__subcmd__quota,enable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__help__subcmd__quota__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota,disable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota,enable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota,help)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help,disable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help,enable)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__mcp,add)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__add"
                ;;
            get__ai__gateway__subcmd__mcp,help)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help"
                ;;
            get__ai__gateway__subcmd__mcp,list)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__list"
                ;;
            get__ai__gateway__subcmd__mcp,remove)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__mcp,tools)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__tools"
                ;;
            get__ai__gateway__subcmd__mcp__subcmd__help,add)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help__subcmd__add"
                ;;
            get__ai__gateway__subcmd__mcp__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__mcp__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__mcp__subcmd__help,remove)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__mcp__subcmd__help,tools)
                cmd="get__ai__gateway__subcmd__mcp__subcmd__help__subcmd__tools"
                ;;
            get__ai__gateway__subcmd__plugin,help)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__help"
                ;;
            get__ai__gateway__subcmd__plugin,install)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__install"
                ;;
            get__ai__gateway__subcmd__plugin,status)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__status"
                ;;
            get__ai__gateway__subcmd__plugin,uninstall)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__plugin__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__plugin__subcmd__help,install)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__help__subcmd__install"
                ;;
            get__ai__gateway__subcmd__plugin__subcmd__help,status)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__help__subcmd__status"
                ;;
            get__ai__gateway__subcmd__plugin__subcmd__help,uninstall)
                cmd="get__ai__gateway__subcmd__plugin__subcmd__help__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__redis,help)
                cmd="get__ai__gateway__subcmd__redis__subcmd__help"
                ;;
            get__ai__gateway__subcmd__redis,start)
                cmd="get__ai__gateway__subcmd__redis__subcmd__start"
                ;;
            get__ai__gateway__subcmd__redis,status)
                cmd="get__ai__gateway__subcmd__redis__subcmd__status"
                ;;
            get__ai__gateway__subcmd__redis,stop)
                cmd="get__ai__gateway__subcmd__redis__subcmd__stop"
                ;;
            get__ai__gateway__subcmd__redis__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__redis__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__redis__subcmd__help,start)
                cmd="get__ai__gateway__subcmd__redis__subcmd__help__subcmd__start"
                ;;
            get__ai__gateway__subcmd__redis__subcmd__help,status)
                cmd="get__ai__gateway__subcmd__redis__subcmd__help__subcmd__status"
                ;;
            get__ai__gateway__subcmd__redis__subcmd__help,stop)
                cmd="get__ai__gateway__subcmd__redis__subcmd__help__subcmd__stop"
                ;;
            get__ai__gateway__subcmd__route,add)
                cmd="get__ai__gateway__subcmd__route__subcmd__add"
                ;;
            get__ai__gateway__subcmd__route,disable)
                cmd="get__ai__gateway__subcmd__route__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__route,enable)
                cmd="get__ai__gateway__subcmd__route__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__route,help)
                cmd="get__ai__gateway__subcmd__route__subcmd__help"
                ;;
            get__ai__gateway__subcmd__route,list)
                cmd="get__ai__gateway__subcmd__route__subcmd__list"
                ;;
            get__ai__gateway__subcmd__route,remove)
                cmd="get__ai__gateway__subcmd__route__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__route,test)
                cmd="get__ai__gateway__subcmd__route__subcmd__test"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,add)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__add"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,disable)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,enable)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,remove)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__remove"
                ;;
            get__ai__gateway__subcmd__route__subcmd__help,test)
                cmd="get__ai__gateway__subcmd__route__subcmd__help__subcmd__test"
                ;;
            get__ai__gateway__subcmd__sessions,follow)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__follow"
                ;;
            get__ai__gateway__subcmd__sessions,help)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help"
                ;;
            get__ai__gateway__subcmd__sessions,list)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__list"
                ;;
            get__ai__gateway__subcmd__sessions,serve)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__serve"
                ;;
            get__ai__gateway__subcmd__sessions,show)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__show"
                ;;
            get__ai__gateway__subcmd__sessions__subcmd__help,follow)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help__subcmd__follow"
                ;;
            get__ai__gateway__subcmd__sessions__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__sessions__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__sessions__subcmd__help,serve)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help__subcmd__serve"
                ;;
            get__ai__gateway__subcmd__sessions__subcmd__help,show)
                cmd="get__ai__gateway__subcmd__sessions__subcmd__help__subcmd__show"
                ;;
            get__ai__gateway__subcmd__skills,help)
                cmd="get__ai__gateway__subcmd__skills__subcmd__help"
                ;;
            get__ai__gateway__subcmd__skills,install)
                cmd="get__ai__gateway__subcmd__skills__subcmd__install"
                ;;
            get__ai__gateway__subcmd__skills,list)
                cmd="get__ai__gateway__subcmd__skills__subcmd__list"
                ;;
            get__ai__gateway__subcmd__skills,uninstall)
                cmd="get__ai__gateway__subcmd__skills__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__skills__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__skills__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__skills__subcmd__help,install)
                cmd="get__ai__gateway__subcmd__skills__subcmd__help__subcmd__install"
                ;;
            get__ai__gateway__subcmd__skills__subcmd__help,list)
                cmd="get__ai__gateway__subcmd__skills__subcmd__help__subcmd__list"
                ;;
            get__ai__gateway__subcmd__skills__subcmd__help,uninstall)
                cmd="get__ai__gateway__subcmd__skills__subcmd__help__subcmd__uninstall"
                ;;
            get__ai__gateway__subcmd__tracing,disable)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__tracing,enable)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__tracing,help)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__help"
                ;;
            get__ai__gateway__subcmd__tracing,status)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__status"
                ;;
            get__ai__gateway__subcmd__tracing__subcmd__help,disable)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__help__subcmd__disable"
                ;;
            get__ai__gateway__subcmd__tracing__subcmd__help,enable)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__help__subcmd__enable"
                ;;
            get__ai__gateway__subcmd__tracing__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__help__subcmd__help"
                ;;
            get__ai__gateway__subcmd__tracing__subcmd__help,status)
                cmd="get__ai__gateway__subcmd__tracing__subcmd__help__subcmd__status"
                ;;
            get__ai__gateway__subcmd__usage,export)
                cmd="get__ai__gateway__subcmd__usage__subcmd__export"
                ;;
            get__ai__gateway__subcmd__usage,help)
                cmd="get__ai__gateway__subcmd__usage__subcmd__help"
                ;;
            get__ai__gateway__subcmd__usage__subcmd__help,export)
                cmd="get__ai__gateway__subcmd__usage__subcmd__help__subcmd__export"
                ;;
            get__ai__gateway__subcmd__usage__subcmd__help,help)
                cmd="get__ai__gateway__subcmd__usage__subcmd__help__subcmd__help"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        get__ai__gateway)
            opts="-h -V --container-name --batch --non-interactive --data-folder --context --help --version start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__apply)
            opts="-f -y -h --file --prune --dry-run --json --yes --recreate --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__backup)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__check)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__completions)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help add list remove set fallback test help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__add)
            opts="-h --provider --key --key-stdin --models --name --base-url --dashscope-key --dashscope-models --deepseek-key --deepseek-models --moonshot-key --moonshot-models --zhipuai-key --zhipuai-models --zhipuai-domain --zhipuai-code-plan-mode --minimax-key --minimax-models --minimax-group-id --azure-key --azure-models --azure-service-url --bedrock-key --bedrock-models --bedrock-region --bedrock-access-key --bedrock-secret-key --vertex-key --vertex-models --vertex-project-id --vertex-region --vertex-auth-key-file --vertex-auth-service-name --openai-key --openai-models --openrouter-key --openrouter-models --yi-key --yi-models --ai360-key --ai360-models --baichuan-key --baichuan-models --baidu-key --baidu-models --claude-key --claude-models --claude-version --claude-code-key --cloudflare-key --cloudflare-models --cloudflare-account-id --cohere-key --cohere-models --deepl-key --deepl-models --deepl-target-lang --dify-key --dify-models --dify-api-url --dify-bot-type --dify-input-variable --dify-output-variable --doubao-key --doubao-models --fireworks-key --fireworks-models --github-key --github-models --gemini-key --gemini-models --grok-key --grok-models --groq-key --groq-models --mistral-key --mistral-models --ollama-models --ollama-server-host --ollama-server-port --spark-key --spark-models --spark-secret --stepfun-key --stepfun-models --hunyuan-models --hunyuan-auth-id --hunyuan-auth-key --togetherai-key --togetherai-models --retries --retry-timeout --no-retries --failover --health-model --failure-threshold --health-interval --no-failover --upstream-retries --upstream-timeout --no-upstream-retries --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dashscope-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dashscope-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepseek-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepseek-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --moonshot-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --moonshot-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-group-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-service-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-access-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-secret-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-auth-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-auth-service-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openrouter-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openrouter-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --yi-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --yi-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ai360-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ai360-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baichuan-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baichuan-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baidu-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baidu-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-code-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-account-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cohere-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cohere-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-target-lang)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-bot-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-input-variable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-output-variable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --doubao-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --doubao-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fireworks-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fireworks-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --github-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --github-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gemini-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gemini-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grok-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grok-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groq-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groq-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mistral-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mistral-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-server-host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-server-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stepfun-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stepfun-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-auth-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-auth-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --togetherai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --togetherai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --health-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failure-threshold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --health-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upstream-retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upstream-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__fallback)
            opts="-h --to --on --strategy --model-map --off --list --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --strategy)
                    COMPREPLY=($(compgen -W "seq rand" -- "${cur}"))
                    return 0
                    ;;
                --model-map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help)
            opts="add list remove set fallback test help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__fallback)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__help__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__list)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__remove)
            opts="-h --provider --name --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__set)
            opts="-h --retries --retry-timeout --no-retries --failover --health-model --failure-threshold --health-interval --no-failover --upstream-retries --upstream-timeout --no-upstream-retries --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --health-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failure-threshold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --health-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upstream-retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upstream-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__config__subcmd__test)
            opts="-h --model --direct --gateway-url --timeout --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gateway-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__console)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help password help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__console__subcmd__help)
            opts="password help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__console__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__console__subcmd__help__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__console__subcmd__password)
            opts="-h --show --reset --password --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password)
                    COMPREPLY=($(compgen -W "-" -- "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__dashboard)
            opts="-h --open --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__delete)
            opts="-f -h --force --redis-data --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__diff)
            opts="-f -h --file --exit-code --prune --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__doctor)
            opts="-h --json --providers --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__export)
            opts="-h --format --out --namespace --registry --plugin-server --secrets --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "helm k8s gateway" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --registry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secrets)
                    COMPREPLY=($(compgen -W "inline redact" -- "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help)
            opts="start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__backup)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config)
            opts="add list remove set fallback test"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__fallback)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__config__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__console)
            opts="password"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__console__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__dashboard)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys)
            opts="add set list remove enable disable quota"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__quota)
            opts="enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__quota__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__quota__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__keys__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__logs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__mcp)
            opts="add list remove tools"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__mcp__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__mcp__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__mcp__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__mcp__subcmd__tools)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__metrics)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__plugin)
            opts="install uninstall status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__plugin__subcmd__install)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__plugin__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__plugin__subcmd__uninstall)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__redis)
            opts="status start stop"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__redis__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__redis__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__redis__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route)
            opts="add list remove test enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__route__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__schema)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__sessions)
            opts="list show follow serve"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__sessions__subcmd__follow)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__sessions__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__sessions__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__sessions__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__skills)
            opts="install list uninstall"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__skills__subcmd__install)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__skills__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__skills__subcmd__uninstall)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__tracing)
            opts="enable disable status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__tracing__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__tracing__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__tracing__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__upgrade)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__usage)
            opts="export"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__help__subcmd__usage__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help add set list remove enable disable quota help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__add)
            opts="-h --providers --requests-per-second --requests-per-minute --requests-per-hour --requests-per-day --unlimited --tokens-per-second --tokens-per-minute --tokens-per-hour --tokens-per-day --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-second)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-hour)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-second)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-hour)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__disable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__enable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help)
            opts="add set list remove enable disable quota help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__quota)
            opts="enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__quota__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__quota__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__list)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota)
            opts="-h --set --add --show --container-name --batch --non-interactive --data-folder --context --help enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__disable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__enable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__help)
            opts="enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__quota__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__remove)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__keys__subcmd__set)
            opts="-h --providers --requests-per-second --requests-per-minute --requests-per-hour --requests-per-day --unlimited --tokens-per-second --tokens-per-minute --tokens-per-hour --tokens-per-day --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-second)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-hour)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requests-per-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-second)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-hour)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tokens-per-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__logs)
            opts="-f -n -h --follow --tail --access --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tail)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help add list remove tools help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__add)
            opts="-h --proxy --transport --tools --upstream --description --keys --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transport)
                    COMPREPLY=($(compgen -W "streamable sse" -- "${cur}"))
                    return 0
                    ;;
                --tools)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upstream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keys)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help)
            opts="add list remove tools help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__help__subcmd__tools)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__list)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__remove)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__mcp__subcmd__tools)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__metrics)
            opts="-h --json --watch --by --interval --count --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --by)
                    COMPREPLY=($(compgen -W "provider route model consumer" -- "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help install uninstall status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__help)
            opts="install uninstall status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__help__subcmd__install)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__help__subcmd__uninstall)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__install)
            opts="-h --runtime --home --dest --force --configure --gateway-url --api-key --models --default-model --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --runtime)
                    COMPREPLY=($(compgen -W "auto openclaw clawdbot" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gateway-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --default-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__status)
            opts="-h --runtime --home --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --runtime)
                    COMPREPLY=($(compgen -W "auto openclaw clawdbot" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__plugin__subcmd__uninstall)
            opts="-h --runtime --home --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --runtime)
                    COMPREPLY=($(compgen -W "auto openclaw clawdbot" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help status start stop help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__help)
            opts="status start stop help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__start)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__status)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__redis__subcmd__stop)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__restore)
            opts="-h --wait-timeout --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help add list remove test enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__add)
            opts="-h --model --trigger --pattern --position --default-model --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --trigger)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pattern)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --position)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --default-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__disable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__enable)
            opts="-h --default-model --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --default-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help)
            opts="add list remove test enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__help__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__list)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__remove)
            opts="-h --rule-id --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --rule-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__route__subcmd__test)
            opts="-h --request --path --content-type --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --request)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --content-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__schema)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help list show follow serve help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__follow)
            opts="-h --session --log --pricing --timezone --no-cache --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --session)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help)
            opts="list show follow serve help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help__subcmd__follow)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__list)
            opts="-h --sort --limit --model --since --json --log --pricing --timezone --no-cache --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "cost tokens updated" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__serve)
            opts="-h --host --port --log --pricing --timezone --no-cache --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__sessions__subcmd__show)
            opts="-h --json --log --pricing --timezone --no-cache --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help install list uninstall help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__help)
            opts="install list uninstall help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__help__subcmd__install)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__help__subcmd__uninstall)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__install)
            opts="-h --runtime --home --force --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --runtime)
                    COMPREPLY=($(compgen -W "auto openclaw clawdbot claude" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__list)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__skills__subcmd__uninstall)
            opts="-h --runtime --home --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --runtime)
                    COMPREPLY=($(compgen -W "auto openclaw clawdbot claude" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__start)
            opts="-h --http-port --https-port --console-port --bind --image-repo --image-tag --o11y --metrics-port --plugin-registry --auto-routing --auto-routing-default-model --wait-timeout --keys-from-env --dry-run --require-key --no-auth --console-password --json --redis --redis-image --redis-url --dashscope-key --dashscope-models --deepseek-key --deepseek-models --moonshot-key --moonshot-models --zhipuai-key --zhipuai-models --zhipuai-domain --zhipuai-code-plan-mode --minimax-key --minimax-models --minimax-group-id --azure-key --azure-models --azure-service-url --bedrock-key --bedrock-models --bedrock-region --bedrock-access-key --bedrock-secret-key --vertex-key --vertex-models --vertex-project-id --vertex-region --vertex-auth-key-file --vertex-auth-service-name --openai-key --openai-models --openrouter-key --openrouter-models --yi-key --yi-models --ai360-key --ai360-models --baichuan-key --baichuan-models --baidu-key --baidu-models --claude-key --claude-models --claude-version --claude-code-key --cloudflare-key --cloudflare-models --cloudflare-account-id --cohere-key --cohere-models --deepl-key --deepl-models --deepl-target-lang --dify-key --dify-models --dify-api-url --dify-bot-type --dify-input-variable --dify-output-variable --doubao-key --doubao-models --fireworks-key --fireworks-models --github-key --github-models --gemini-key --gemini-models --grok-key --grok-models --groq-key --groq-models --mistral-key --mistral-models --ollama-models --ollama-server-host --ollama-server-port --spark-key --spark-models --spark-secret --stepfun-key --stepfun-models --hunyuan-models --hunyuan-auth-id --hunyuan-auth-key --togetherai-key --togetherai-models --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --https-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --console-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image-repo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image-tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metrics-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --plugin-registry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auto-routing-default-model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --console-password)
                    COMPREPLY=($(compgen -W "-" -- "${cur}"))
                    return 0
                    ;;
                --redis-image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redis-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dashscope-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dashscope-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepseek-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepseek-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --moonshot-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --moonshot-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zhipuai-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --minimax-group-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-service-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-access-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bedrock-secret-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-auth-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vertex-auth-service-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openrouter-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --openrouter-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --yi-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --yi-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ai360-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ai360-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baichuan-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baichuan-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baidu-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --baidu-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claude-code-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudflare-account-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cohere-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cohere-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deepl-target-lang)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-bot-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-input-variable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dify-output-variable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --doubao-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --doubao-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fireworks-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fireworks-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --github-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --github-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gemini-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gemini-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grok-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grok-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groq-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groq-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mistral-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mistral-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-server-host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ollama-server-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spark-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stepfun-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stepfun-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-auth-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hunyuan-auth-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --togetherai-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --togetherai-models)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__status)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__stop)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__disable)
            opts="-h --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__enable)
            opts="-h --otlp --zipkin --skywalking --sampling --timeout --access-token --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --otlp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zipkin)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skywalking)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sampling)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --access-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__help)
            opts="enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__tracing__subcmd__status)
            opts="-h --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__upgrade)
            opts="-h --image-tag --image-repo --o11y --no-o11y --metrics-port --check --rollback --wait-timeout --json --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --image-tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image-repo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metrics-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__usage)
            opts="-h --by --since --until --breakdown --log --pricing --timezone --no-cache --json --container-name --batch --non-interactive --data-folder --context --help export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --by)
                    COMPREPLY=($(compgen -W "day month session model consumer" -- "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__usage__subcmd__export)
            opts="-h --format --by --since --until --breakdown --log --pricing --timezone --no-cache --container-name --batch --non-interactive --data-folder --context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "json csv" -- "${cur}"))
                    return 0
                    ;;
                --by)
                    COMPREPLY=($(compgen -W "day month session model consumer" -- "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timezone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__usage__subcmd__help)
            opts="export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__usage__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        get__subcmd__ai__subcmd__gateway__subcmd__usage__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _get__ai__gateway -o nosort -o bashdefault -o default get-ai-gateway
else
    complete -F _get__ai__gateway -o bashdefault -o default get-ai-gateway
fi
