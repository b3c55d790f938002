import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// Names: duplicates, imports, scopes, unknown names with suggestions.
@Suite struct NameTests {
    /// Builds a graph by hand from in-memory files (the first is the root's import, the last the root).
    func graph(_ files: [(String, String)], imports: [[(Int, String?)]] = []) -> ModuleGraph {
        var modules: [LoadedModule] = []
        for (i, (path, text)) in files.enumerated() {
            let plan = Parser.parse(SourceFile(path: path, text: text))
            var resolved: [ResolvedImport] = []
            let wanted = i < imports.count ? imports[i] : []
            var k = 0
            for decl in plan.declarations {
                if case .importFile(let imp) = decl.kind, k < wanted.count {
                    resolved.append(ResolvedImport(declaration: imp, range: decl.range, target: ModuleID(wanted[k].0)))
                    k += 1
                }
            }
            modules.append(LoadedModule(id: ModuleID(i), path: path, plan: plan, imports: resolved))
        }
        return ModuleGraph(modules: modules, root: ModuleID(files.count - 1), diagnostics: modules.flatMap(\.plan.diagnostics))
    }

    func check(_ text: String) -> [Diagnostic] { Checker.check(graph([("root.plan", text)])).diagnostics }

    @Test func theLanguageSnippetsHaveNoNameErrors() throws {
        let text = readFixture(#filePath, "../PlanwerkSyntaxTests/Fixtures/language-snippets.plan")
            .replacingOccurrences(of: "import \"shared/org.plan\"", with: "")
            .replacingOccurrences(of: "import \"templates/launch.plan\" as launch", with: "")
        let d = check(text)
        #expect(d.isEmpty, "\(d.map { "\($0.code) \($0.message)" })")
    }

    @Test func duplicateNamesPointAtBothPlaces() {
        let d = check("team legal \"Recht\" { lead lena; person lena \"Lena\" }\nperson lena \"Lena B\"")
        #expect(d.map(\.code) == [.duplicateName])
        #expect(d.first?.secondary.first?.message == "first declared here")
        #expect(d.first?.message.contains("first as a person, again as a person") == true)
    }

    @Test func duplicateItemsInACampaign() {
        let d = check("campaign c {\n task a { duration 1d }\n post a on x\n}\nchannel x \"X\"")
        #expect(d.map(\.code) == [.duplicateName])
    }

    @Test func unknownNamesSuggestTheClosestOfTheRightKind() {
        let d = check("""
        team legal "Recht" { lead lena; person lena "Lena" }
        team social "Social" { lead vivian; person vivian "Vivian" }
        approval a() { step by any of legl within 1bd }
        channel x "X" { owner socail }
        """)
        #expect(d.map(\.message) == ["unknown team `legl`", "unknown team `socail`"])
        #expect(d.map { $0.help.first ?? "" } == ["did you mean `legal`?", "did you mean `social`?"])
    }

    @Test func campaignItemsAreVisibleBareInsideAndQualifiedOutside() {
        let ok = check("""
        start 2026-11-30
        campaign winter {
          task brief { duration 1d }
          task edit { after brief + 1d; duration 2d }
        }
        assert winter.brief.end <= 2026-12-18
        """)
        #expect(ok.isEmpty, "\(ok.map(\.message))")
        let bad = check("campaign winter { task brief { duration 1d } }\nassert winter.brif.end <= 2026-12-18\ncampaign spring { task t { after brief; duration 1d } }")
        #expect(bad.map(\.code) == [.unknownMember, .unknownName])
        #expect(bad.first?.help.first == "did you mean `brief`?")
    }

    @Test func templateParametersShadowModuleNames() {
        let d = check("""
        let budget = 5 EUR
        template campaign t(budget: Money, day: Date) {
          budget budget
          milestone m { at day 09:00 }
        }
        campaign c = t(10 EUR, 2027-01-04)
        """)
        #expect(d.isEmpty, "\(d.map(\.message))")
    }

    @Test func lambdaParametersAndBuiltins() {
        let d = check("let n = count(plan.campaigns)\nassert all(plan.campaigns, c => c.budget >= 0 EUR)\nlet bad = counts(plan.campaigns)")
        #expect(d.map(\.message) == ["I don't know a function or template called `counts`"])
        #expect(d.first?.help.first == "did you mean `count`?")
    }

    @Test func aPersonMayBeCalledMax() {
        let d = check("team s \"S\" { lead max; person max \"Max\" }\nlet m = max(1, 2)\nlet who = max")
        #expect(d.isEmpty, "\(d.map(\.message))")
    }

    @Test func qualifiedImportsAndPrivateNames() {
        let g = graph([("lib.plan", "template campaign launch(day: Date) { milestone m { at day } }\nlet _secret = 1"),
                       ("root.plan", "import \"lib.plan\" as lib\ncampaign a = lib.launch(2027-01-04)\ncampaign b = lib.lanch(2027-01-04)\nlet s = lib._secret")],
                      imports: [[], [(0, "lib")]])
        let d = Checker.check(g).diagnostics
        #expect(d.map(\.message) == ["`lib.plan` has no `lanch`", "`_secret` is private to `lib.plan`"])
        #expect(d.first?.help.first == "did you mean `launch`?")
    }

    @Test func unqualifiedImportsMergeAndClash() {
        let g = graph([("a.plan", "team social \"S\""), ("b.plan", "team social \"T\""),
                       ("root.plan", "import \"a.plan\"\nimport \"b.plan\"\nchannel x \"X\" { owner social }")],
                      imports: [[], [], [(0, nil), (1, nil)]])
        let d = Checker.check(g).diagnostics
        #expect(d.map(\.code) == [.nameClash])
        #expect(d.first?.secondary.count == 2)
    }

    @Test func diamondImportsAreTheSameEntity() {
        let g = graph([("org.plan", "team social \"S\""), ("a.plan", "import \"org.plan\""), ("b.plan", "import \"org.plan\""),
                       ("root.plan", "import \"org.plan\"\nchannel x \"X\" { owner social }")],
                      imports: [[], [(0, nil)], [(0, nil)], [(0, nil)]])
        #expect(Checker.check(g).diagnostics.isEmpty)
    }

    @Test func measuresNameKpisOfCampaigns() {
        let d = check("kpi reach: Int\ncampaign winter { start 2026-11-30 }\nmeasure winter.reach 2026-12-07 = 12500\nmeasure winter.rech 2026-12-07 = 1")
        #expect(d.map(\.message) == ["unknown KPI `rech`"])
    }
}
