import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  Drawer,
  Input,
  Label,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { type ListColumns, ListTable, PageHeader } from "../../components/list-page"
import { formatDateTime } from "../../lib/format"
import { errorMessage } from "../../lib/sdk"
import { type AdminTerm, type ConsentStatistic, useConsentStatistics, usePublishTerm, useTerms } from "../../lib/terms"

const PublishDrawer = ({ latest }: { latest: AdminTerm }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState(latest.title)
  const [content, setContent] = useState(latest.content)
  const [required, setRequired] = useState(latest.required)
  const publish = usePublishTerm()

  const reset = (next: boolean) => {
    setOpen(next)
    if (next) {
      setTitle(latest.title)
      setContent(latest.content)
      setRequired(latest.required)
    }
  }
  const submit = async () => {
    try {
      const { term } = await publish.mutateAsync({ code: latest.code, title: title.trim(), content, required })
      toast.success(t("gopang.terms.published", { code: term.code, version: term.version }))
      setOpen(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Drawer open={open} onOpenChange={reset}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`terms-publish-${latest.code}`}>
          {t("gopang.terms.publishNew")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("gopang.terms.nextVersion", { code: latest.code, version: latest.version + 1 })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="flex flex-col gap-2">
            <Label htmlFor="term-title">{t("gopang.terms.fields.title")}</Label>
            <Input id="term-title" value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor="term-content">{t("gopang.terms.fields.content")}</Label>
            <Textarea
              id="term-content"
              rows={16}
              value={content}
              onChange={(event) => setContent(event.target.value)}
            />
          </div>
          <div className="flex items-center gap-2">
            <Switch id="term-required" checked={required} onCheckedChange={setRequired} />
            <Label htmlFor="term-required">{t("gopang.terms.fields.required")}</Label>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("gopang.terms.earlierVersionsStay")}
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("gopang.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            isLoading={publish.isPending}
            disabled={!title.trim() || !content.trim()}
            onClick={submit}
            data-testid="terms-publish-submit"
          >
            {t("gopang.terms.publish")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const column = createDataTableColumnHelper<AdminTerm>()

const TermCard = ({ versions, statistics }: { versions: AdminTerm[]; statistics: Map<string, ConsentStatistic> }) => {
  const { t } = useTranslation()
  const latest = versions[0]
  // The version in force is the newest one already effective.
  const inForce = useMemo(() => {
    const now = Date.now()
    return versions.find((version) => new Date(version.effective_at).getTime() <= now)
  }, [versions])
  const columns: ListColumns<AdminTerm> = useMemo(() => {
    const count = (pick: (stat: ConsentStatistic) => string | number) => (version: AdminTerm) => {
      const stat = statistics.get(version.id)
      return stat ? String(pick(stat)) : "–"
    }
    return [
      column.accessor("version", {
        header: t("gopang.terms.columns.version"),
        cell: ({ row }) => (
          <span className="flex items-center gap-2">
            v{row.original.version}
            {inForce?.id === row.original.id && (
              <Badge size="2xsmall" color="green">
                {t("gopang.terms.inForce")}
              </Badge>
            )}
          </span>
        ),
      }),
      column.accessor("title", { header: t("gopang.terms.columns.title") }),
      column.accessor("required", {
        header: t("gopang.terms.columns.required"),
        cell: ({ row }) => (row.original.required ? t("gopang.terms.required") : t("gopang.terms.optional")),
      }),
      column.accessor("effective_at", {
        header: t("gopang.terms.columns.effective"),
        cell: ({ row }) => formatDateTime(row.original.effective_at),
      }),
      column.accessor(count((stat) => stat.agreed), { id: "agreed", header: t("gopang.terms.columns.agreed"), align: "right" }),
      column.accessor(count((stat) => stat.declined), {
        id: "declined",
        header: t("gopang.terms.columns.declined"),
        align: "right",
      }),
      column.accessor(count((stat) => stat.withdrawn), {
        id: "withdrawn",
        header: t("gopang.terms.columns.withdrawn"),
        align: "right",
      }),
      column.accessor(count((stat) => `${stat.currently_agreeing.customer} / ${stat.currently_agreeing.seller}`), {
        id: "agreeing_now",
        header: t("gopang.terms.columns.agreeingNow"),
        align: "right",
      }),
    ]
  }, [t, statistics, inForce])

  return (
    <Container className="divide-y p-0" data-testid={`terms-code-${latest.code}`}>
      <PageHeader
        level="h2"
        title={latest.title}
        badges={
          <>
            <Badge size="2xsmall">{latest.code}</Badge>
            <Badge size="2xsmall" color={latest.kind === "policy" ? "grey" : "blue"}>
              {latest.kind === "policy" ? t("gopang.terms.policy") : t("gopang.terms.agreement")}
            </Badge>
          </>
        }
        description={t(`gopang.terms.audience.${latest.audience}`, { defaultValue: latest.audience })}
      >
        <PublishDrawer key={latest.id} latest={latest} />
      </PageHeader>
      <ListTable
        columns={columns}
        rows={versions}
        getRowId={(version) => version.id}
        isLoading={false}
        empty={{ empty: t("gopang.terms.empty"), filtered: t("gopang.terms.empty") }}
      />
    </Container>
  )
}

const TermsPage = () => {
  const { t } = useTranslation()
  const terms = useTerms()
  const statistics = useConsentStatistics()
  const byCode = useMemo(() => {
    const groups = new Map<string, AdminTerm[]>()
    for (const term of terms.data?.terms ?? []) {
      groups.set(term.code, [...(groups.get(term.code) ?? []), term])
    }
    // Newest version first within each code.
    groups.forEach((versions) => versions.sort((a, b) => b.version - a.version))
    return [...groups.values()]
  }, [terms.data])
  const statisticsById = useMemo(
    () => new Map((statistics.data?.statistics ?? []).map((stat) => [stat.term_id, stat])),
    [statistics.data]
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <PageHeader title={t("gopang.terms.title")} description={t("gopang.terms.description")} />
      </Container>
      {terms.error && <Container className="text-ui-fg-error">{errorMessage(terms.error)}</Container>}
      {statistics.error && <Container className="text-ui-fg-error">{errorMessage(statistics.error)}</Container>}
      {terms.isLoading && <Container>{t("gopang.common.loading")}</Container>}
      {byCode.map((versions) => (
        <TermCard key={versions[0].code} versions={versions} statistics={statisticsById} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "gopang.nav.terms", translationNs: "translation", icon: DocumentText })

export default TermsPage
