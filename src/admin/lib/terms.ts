import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AdminTerm = {
  id: string
  code: string
  version: number
  title: string
  content: string
  audience: string
  kind: string
  required: boolean
  effective_at: string
  created_at: string
}

export type ConsentStatistic = {
  term_id: string
  code: string
  version: number
  title: string
  required: boolean
  effective_at: string
  agreed: number
  declined: number
  withdrawn: number
  currently_agreeing: { customer: number; seller: number }
}

export type PublishTermInput = { code: string; title?: string; content: string; required: boolean }

const termKeys = {
  all: ["gopang", "terms"] as const,
  versions: () => [...termKeys.all, "versions"] as const,
  statistics: () => [...termKeys.all, "statistics"] as const,
}

export function useTerms() {
  return useQuery({
    queryKey: termKeys.versions(),
    queryFn: () => sdk.client.fetch<{ terms: AdminTerm[]; count: number }>("/admin/terms"),
  })
}

export function useConsentStatistics() {
  return useQuery({
    queryKey: termKeys.statistics(),
    queryFn: () => sdk.client.fetch<{ statistics: ConsentStatistic[] }>("/admin/terms/statistics"),
  })
}

export function usePublishTerm() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PublishTermInput) =>
      sdk.client.fetch<{ term: AdminTerm }>("/admin/terms", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: termKeys.all }),
  })
}
