import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../src/modules/seller"
import SellerModuleService from "../../src/modules/seller/service"

jest.setTimeout(60 * 1000)

const seller = (email: string, business_registration_number: string) => ({
  email,
  name: "상점",
  representative_name: "대표",
  phone_number: "010-0000-0000",
  business_type: "brand_owner" as const,
  business_registration_number,
})

moduleIntegrationTestRunner<SellerModuleService>({
  moduleName: SELLER_MODULE,
  resolve: "./src/modules/seller",
  testSuite: ({ service }) => {
    it("creates pending sellers with prefixed ids and refuses a second seller with the same e-mail", async () => {
      const created = await service.createSellers(seller("a@example.kr", "1208112342"))
      expect(created.id).toMatch(/^sel_/)
      expect(created.status).toEqual("pending")
      await expect(service.createSellers(seller("a@example.kr", "2148654322"))).rejects.toThrow()
      await expect(service.createSellers(seller("b@example.kr", "1208112342"))).rejects.toThrow()
    })

    it("allows pending → active ↔ suspended → closed and nothing else", () => {
      expect(() => service.assertStatusTransition("pending", "active")).not.toThrow()
      expect(() => service.assertStatusTransition("active", "suspended")).not.toThrow()
      expect(() => service.assertStatusTransition("suspended", "active")).not.toThrow()
      expect(() => service.assertStatusTransition("active", "closed")).not.toThrow()
      for (const [from, to] of [
        ["pending", "suspended"],
        ["closed", "active"],
        ["active", "pending"],
      ] as const) {
        expect(() => service.assertStatusTransition(from, to)).toThrow(MedusaError)
      }
    })

    it("keeps the sale period ordered in the database too", async () => {
      await expect(
        service.createSellerProductDetails({
          item_label: "x",
          as_info: "1588-0000",
          sell_start_date: new Date("2026-06-01"),
          sell_end_date: new Date("2026-05-01"),
        })
      ).rejects.toThrow()
      const detail = await service.createSellerProductDetails({ item_label: "x", as_info: "1588-0000" })
      expect(detail).toMatchObject({ state: "on_sale", tax: "taxable", minor_purchasable: true, hidden_by_seller_status: false })
      expect(service.isPurchasable(detail)).toBe(true)
    })
  },
})
