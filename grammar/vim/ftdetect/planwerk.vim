" Planwerk plans: *.plan (status sidecars *.status.plan included).
autocmd BufNewFile,BufRead *.plan setfiletype planwerk
