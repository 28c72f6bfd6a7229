import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatDateTime } from "../../lib/format"
import { errorMessage } from "../../lib/sdk"
import { type AdminTerm, type ConsentStatistic, useConsentStatistics, usePublishTerm, useTerms } from "../../lib/terms"

const PublishDrawer = ({ latest }: { latest: AdminTerm }) => {
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
      toast.success(`${term.code} version ${term.version} published`)
      setOpen(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Drawer open={open} onOpenChange={reset}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`terms-publish-${latest.code}`}>
          Publish new version
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {latest.code}: version {latest.version + 1}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="flex flex-col gap-2">
            <Label htmlFor="term-title">Title</Label>
            <Input id="term-title" value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor="term-content">Content</Label>
            <Textarea
              id="term-content"
              rows={16}
              value={content}
              onChange={(event) => setContent(event.target.value)}
            />
          </div>
          <div className="flex items-center gap-2">
            <Switch id="term-required" checked={required} onCheckedChange={setRequired} />
            <Label htmlFor="term-required">Required (members must agree again before continuing)</Label>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Earlier versions and the consents given to them stay as they are.
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            isLoading={publish.isPending}
            disabled={!title.trim() || !content.trim()}
            onClick={submit}
            data-testid="terms-publish-submit"
          >
            Publish
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const TermCard = ({ versions, statistics }: { versions: AdminTerm[]; statistics: Map<string, ConsentStatistic> }) => {
  const latest = versions[0]
  const now = Date.now()
  // The version in force is the newest one already effective.
  const inForce = versions.find((version) => new Date(version.effective_at).getTime() <= now)
  return (
    <Container className="divide-y p-0" data-testid={`terms-code-${latest.code}`}>
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <div>
          <div className="flex items-center gap-2">
            <Heading level="h2">{latest.title}</Heading>
            <Badge size="2xsmall">{latest.code}</Badge>
            <Badge size="2xsmall" color={latest.kind === "policy" ? "grey" : "blue"}>
              {latest.kind === "policy" ? "Policy" : "Agreement"}
            </Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            For {latest.audience === "all" ? "customers and sellers" : `${latest.audience}s`}
          </Text>
        </div>
        <PublishDrawer key={latest.id} latest={latest} />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Version</Table.HeaderCell>
            <Table.HeaderCell>Title</Table.HeaderCell>
            <Table.HeaderCell>Required</Table.HeaderCell>
            <Table.HeaderCell>Effective</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Agreed</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Declined</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Withdrawn</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Agreeing now (customers / sellers)</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {versions.map((version) => {
            const stat = statistics.get(version.id)
            return (
              <Table.Row key={version.id} data-testid="terms-version-row">
                <Table.Cell>
                  <span className="flex items-center gap-2">
                    v{version.version}
                    {inForce?.id === version.id && (
                      <Badge size="2xsmall" color="green">
                        In force
                      </Badge>
                    )}
                  </span>
                </Table.Cell>
                <Table.Cell>{version.title}</Table.Cell>
                <Table.Cell>{version.required ? "Required" : "Optional"}</Table.Cell>
                <Table.Cell>{formatDateTime(version.effective_at)}</Table.Cell>
                <Table.Cell className="text-right">{stat ? stat.agreed : "–"}</Table.Cell>
                <Table.Cell className="text-right">{stat ? stat.declined : "–"}</Table.Cell>
                <Table.Cell className="text-right">{stat ? stat.withdrawn : "–"}</Table.Cell>
                <Table.Cell className="text-right">
                  {stat ? `${stat.currently_agreeing.customer} / ${stat.currently_agreeing.seller}` : "–"}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Container>
  )
}

const TermsPage = () => {
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
      <Container className="px-6 py-4">
        <Heading level="h1">Terms</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Terms and policies by code with every published version and its consent statistics.
        </Text>
      </Container>
      {terms.error && <Container className="text-ui-fg-error">{errorMessage(terms.error)}</Container>}
      {statistics.error && <Container className="text-ui-fg-error">{errorMessage(statistics.error)}</Container>}
      {terms.isLoading && <Container>Loading…</Container>}
      {byCode.map((versions) => (
        <TermCard key={versions[0].code} versions={versions} statistics={statisticsById} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Terms", icon: DocumentText })

export default TermsPage
