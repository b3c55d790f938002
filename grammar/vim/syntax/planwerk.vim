" Vim syntax file
" Language:    Planwerk plans (*.plan)
" Maintainer:  the Planwerk project
" Install:     copy grammar/vim/syntax/planwerk.vim to ~/.vim/syntax/ and
"              grammar/vim/ftdetect/planwerk.vim to ~/.vim/ftdetect/
"              (docs/editors.md). The word lists are those of
"              grammar/planwerk.tmLanguage.json (EditorSupportTests).

if exists("b:current_syntax")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

syn case match
setlocal iskeyword=@,48-57,_,192-255

" Names: whatever no other rule claims.
syn match planwerkName "\<\k\+\>"

" Keywords anywhere (by, of, within, every, on, at, …), not where called.
syn match planwerkKeyword "\<\%(approval\|approved\|campaign\|distinct\|escalate\|progress\|rejected\|template\|holiday\|started\|author\|except\|expect\|fourth\|remind\|report\|second\|within\|after\|count\|every\|fifth\|first\|posts\|third\|until\|done\|from\|last\|post\|skip\|step\|all\|any\|for\|as\|at\|by\|of\|on\|to\)\>(\@!"
" Clause and declaration words, at the start of a statement only.
syn match planwerkClause "\%(^\|[{;]\)\s*\zs\<\%(reports_to\|substitute\|calendar\|capacity\|currency\|deadline\|duration\|earliest\|holidays\|internal\|parallel\|priority\|timezone\|weekdays\|horizon\|measure\|require\|assert\|assign\|budget\|covers\|effort\|import\|length\|rework\|status\|window\|after\|allow\|hours\|limit\|owner\|start\|away\|goal\|kpis\|lead\|role\|step\|text\|let\|now\)\>\%(\s*:\)\@!"
" A declaration and its name: campaign winter, task brief, person vivian.
syn match planwerkDeclaration "\<\%(milestone\|approval\|campaign\|template\|channel\|person\|report\|post\|task\|team\|kpi\)\>\%(\s\+\%(on\|to\|of\)\>\)\@!" nextgroup=planwerkDeclName skipwhite
syn match planwerkDeclName "\<\k\+\>" contained
syn match planwerkTemplate "\<template\s\+\%(campaign\|report\|approval\)\>" nextgroup=planwerkDeclName skipwhite
" Recurrence: every [N] week, first|last|next|previous workday, months before a day.
syn match planwerkRecurrence "\<every\s\+\%(\d\+\s\+\)\=\%(days\|day\|workday\|weeks\|week\|months\|month\|quarters\|quarter\|years\|year\)\>"
syn match planwerkRecurrence "\<\%(first\|last\|next\|previous\)\s\+workday\>"
syn match planwerkMonth "\<\%(jan\|feb\|mar\|apr\|may\|jun\|jul\|aug\|sep\|oct\|nov\|dec\)\>\ze\s\+\d"
" A member after a single dot: winter.budget.
syn match planwerkMember "\%([^.]\.\)\@2<=\<\k\+\>"
syn match planwerkBuiltin "\<\%(count\|sum\|min\|max\|all\|any\|filter\|map\|workdays\)\ze("
syn match planwerkType "\<\%(Int\|Number\|Percent\|Money\|Text\|Bool\|DateTime\|Date\|Time\|Duration\|WorkTime\|Weekday\|List\|Range\|Person\|Team\|Channel\|Calendar\|Kpi\|Campaign\|Task\|Post\|Milestone\|Report\|Approval\)\>"

" Reserved everywhere.
syn keyword planwerkBoolean true false
syn keyword planwerkConstant plan
syn keyword planwerkConditional if then else
syn keyword planwerkLogical and or not
syn keyword planwerkWeekday mon tue wed thu fri sat sun

" Literals.
syn match planwerkNumber "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=\%(st\|nd\|rd\|th\)\=\>"
syn match planwerkNumber "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=%"
syn match planwerkQuantity "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=\%(min\|bd\|bh\|h\|d\|w\)\>"
syn match planwerkMoney "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=[ \t]\+\u\u\u\>"
syn match planwerkTime "\<\d\{1,2}:\d\d\>"
syn match planwerkDate "\<\d\{4}-\d\d-\d\d\%([ T]\d\{1,2}:\d\d\)\=\>"

" Operators and punctuation.
syn match planwerkOperator "=>\|==\|!=\|<=\|>=\|\.\.\|[-+*/<>=]"
syn match planwerkDelimiter "[{}()[\],;:]"

" Texts with escapes and {interpolations}.
syn region planwerkText start=+"+ skip=+\\\\\|\\"+ end=+"\|$+ oneline contains=planwerkInterpolation,planwerkEscape,@Spell
syn region planwerkInterpolation matchgroup=planwerkInterpolationDelimiter start="{" end="}" contained contains=ALLBUT,planwerkText,planwerkComment,planwerkDeclName
syn match planwerkEscape "\\[\"\\nt]\|{{" contained

syn match planwerkComment "#.*$" contains=planwerkTodo,@Spell
syn keyword planwerkTodo TODO FIXME XXX contained

hi def link planwerkName Identifier
hi def link planwerkDeclName Function
hi def link planwerkMember Identifier
hi def link planwerkBuiltin Function
hi def link planwerkType Type
hi def link planwerkKeyword Keyword
hi def link planwerkClause Statement
hi def link planwerkDeclaration Structure
hi def link planwerkTemplate Structure
hi def link planwerkRecurrence Repeat
hi def link planwerkMonth Keyword
hi def link planwerkBoolean Boolean
hi def link planwerkConstant Constant
hi def link planwerkConditional Conditional
hi def link planwerkLogical Operator
hi def link planwerkWeekday Constant
hi def link planwerkNumber Number
hi def link planwerkQuantity Number
hi def link planwerkMoney Number
hi def link planwerkTime Constant
hi def link planwerkDate Constant
hi def link planwerkOperator Operator
hi def link planwerkDelimiter Delimiter
hi def link planwerkText String
hi def link planwerkInterpolationDelimiter Special
hi def link planwerkEscape SpecialChar
hi def link planwerkComment Comment
hi def link planwerkTodo Todo

let b:current_syntax = "planwerk"

let &cpo = s:cpo_save
unlet s:cpo_save
