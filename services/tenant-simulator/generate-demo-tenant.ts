// Generates demo-tenant.json: the fictional Swedish company Contoso AB, 40 users.
// Run: npm run build && node dist/services/tenant-simulator/generate-demo-tenant.js
// The output is validated with parseTenantFile before it is written.
// SKU ids, part numbers and service plans are real, taken from Microsoft's "Product names and
// service plan identifiers for licensing" table (late 2025). Object ids are stable fake GUIDs.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DEMO_TENANT_PATH } from './demo-tenant';
import { parseTenantFile, type TenantFile } from './tenant-file';

interface CatalogSku {
  skuId: string;
  name: string;
  plans: [servicePlanName: string, servicePlanId: string][];
}

/** part number -> { skuId, name, plans: [servicePlanName, servicePlanId][] } */
const CATALOG: Record<string, CatalogSku> = {
  ENTERPRISEPACK: {
    skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900',
    name: 'Office 365 E3',
    plans: [
      ['MESH_AVATARS_FOR_TEAMS', 'dcf9d2f4-772e-4434-b757-77a453cfbc02'],
      ['MESH_AVATARS_ADDITIONAL_FOR_TEAMS', '3efbd4ed-8958-4824-8389-1321f8730af8'],
      ['RMS_S_ENTERPRISE', 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90'],
      ['Bing_Chat_Enterprise', '0d0c0d31-fae7-41f2-b909-eaf4d7f26dba'],
      ['CDS_O365_P2', '95b76021-6a53-4741-ab8b-1d1f3d66a95a'],
      ['EXCHANGE_S_ENTERPRISE', 'efb87545-963c-4e0d-99df-69c6916d9eb0'],
      ['MESH_IMMERSIVE_FOR_TEAMS', 'f0ff6ac6-297d-49cd-be34-6dfef97f0c28'],
      ['ContentExplorer_Standard', '2b815d45-56e4-4e3a-b65c-66cb9175b560'],
      ['MIP_S_CLP1', '5136a095-5cf0-4aff-bec3-e84448b38ea5'],
      ['MYANALYTICS_P2', '33c4f319-9bdd-48d6-9c4d-410b750a4a5a'],
      ['OFFICESUBSCRIPTION', '43de0ff5-c92c-492b-9116-175376d08c38'],
      ['M365_LIGHTHOUSE_CUSTOMER_PLAN1', '6f23d6a9-adbf-481c-8538-b4c095654487'],
      ['MICROSOFTBOOKINGS', '199a5c09-e0ca-4e37-8f7c-b05d533e1ea2'],
      ['FORMS_PLAN_E3', '2789c901-c14e-48ab-a76a-be334d9d793a'],
      ['KAIZALA_O365_P3', 'aebd3021-9f8f-4bf8-bbe3-0ed2f4f047a1'],
      ['PROJECTWORKMANAGEMENT', 'b737dad2-2f6c-4c65-90e3-ca563267e8b9'],
      ['MICROSOFT_SEARCH', '94065c59-bc8e-4e8b-89e5-5138d471eaff'],
      ['Deskless', '8c7d2df8-86f0-4902-b2ed-a0458298f3b3'],
      ['STREAM_O365_E3', '9e700747-8b1d-45e5-ab8d-ef187ceec156'],
      ['TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'],
      ['INTUNE_O365', '882e1d05-acd1-4ccb-8708-6ee03664b117'],
      ['Nucleus', 'db4d623d-b514-490b-b7ef-8885eee514de'],
      ['SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'],
      ['PROJECT_O365_P2', '31b4e2fc-4cd6-4e7d-9c1b-41407303bd66'],
      ['SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72'],
      ['MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'],
      ['SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'],
      ['BPOS_S_TODO_2', 'c87f142c-d1e9-4363-8630-aaea9c4d9ae5'],
      ['VIVAENGAGE_CORE', 'a82fbf69-b4d7-49f4-83a6-915b2cf354f4'],
      ['VIVA_LEARNING_SEEDED', 'b76fb638-6ba6-402a-b9f9-83d28acb3d86'],
      ['WHITEBOARD_PLAN2', '94a54592-cd8b-425e-87c6-97868b000b91'],
      ['YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'],
      ['DYN365_CDS_O365_P2', '4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14'],
      ['POWERAPPS_O365_P2', 'c68f8d98-5534-41c8-bf36-22fa496fa792'],
      ['FLOW_O365_P2', '76846ad7-7776-4c40-a281-a386362dd1b9'],
      ['POWER_VIRTUAL_AGENTS_O365_P2', '041fe683-03e4-45b6-b1af-c0cdc516daee'],
    ],
  },
  SPE_E3: {
    skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965',
    name: 'Microsoft 365 E3',
    plans: [
      ['MESH_AVATARS_FOR_TEAMS', 'dcf9d2f4-772e-4434-b757-77a453cfbc02'],
      ['MESH_AVATARS_ADDITIONAL_FOR_TEAMS', '3efbd4ed-8958-4824-8389-1321f8730af8'],
      ['RMS_S_ENTERPRISE', 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90'],
      ['CDS_O365_P2', '95b76021-6a53-4741-ab8b-1d1f3d66a95a'],
      ['EXCHANGE_S_ENTERPRISE', 'efb87545-963c-4e0d-99df-69c6916d9eb0'],
      ['GRAPH_CONNECTORS_SEARCH_INDEX', 'a6520331-d7d4-4276-95f5-15c0933bc757'],
      ['MESH_IMMERSIVE_FOR_TEAMS', 'f0ff6ac6-297d-49cd-be34-6dfef97f0c28'],
      ['ContentExplorer_Standard', '2b815d45-56e4-4e3a-b65c-66cb9175b560'],
      ['MIP_S_CLP1', '5136a095-5cf0-4aff-bec3-e84448b38ea5'],
      ['MYANALYTICS_P2', '33c4f319-9bdd-48d6-9c4d-410b750a4a5a'],
      ['OFFICESUBSCRIPTION', '43de0ff5-c92c-492b-9116-175376d08c38'],
      ['M365_LIGHTHOUSE_CUSTOMER_PLAN1', '6f23d6a9-adbf-481c-8538-b4c095654487'],
      ['M365_LIGHTHOUSE_PARTNER_PLAN1', 'd55411c9-cfff-40a9-87c7-240f14df7da5'],
      ['MICROSOFTBOOKINGS', '199a5c09-e0ca-4e37-8f7c-b05d533e1ea2'],
      ['CLIPCHAMP', 'a1ace008-72f3-4ea0-8dac-33b3a23a2472'],
      ['MDE_LITE', '292cc034-7b7c-4950-aaf5-943befd3f1d4'],
      ['FORMS_PLAN_E3', '2789c901-c14e-48ab-a76a-be334d9d793a'],
      ['KAIZALA_O365_P3', 'aebd3021-9f8f-4bf8-bbe3-0ed2f4f047a1'],
      ['MICROSOFT_LOOP', 'c4b8c31a-fb44-4c65-9837-a21f55fcabda'],
      ['PROJECTWORKMANAGEMENT', 'b737dad2-2f6c-4c65-90e3-ca563267e8b9'],
      ['MICROSOFT_SEARCH', '94065c59-bc8e-4e8b-89e5-5138d471eaff'],
      ['Deskless', '8c7d2df8-86f0-4902-b2ed-a0458298f3b3'],
      ['STREAM_O365_E3', '9e700747-8b1d-45e5-ab8d-ef187ceec156'],
      ['TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'],
      ['INTUNE_O365', '882e1d05-acd1-4ccb-8708-6ee03664b117'],
      ['Nucleus', 'db4d623d-b514-490b-b7ef-8885eee514de'],
      ['SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'],
      ['PROJECT_O365_P2', '31b4e2fc-4cd6-4e7d-9c1b-41407303bd66'],
      ['Bing_Chat_Enterprise', '0d0c0d31-fae7-41f2-b909-eaf4d7f26dba'],
      ['SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72'],
      ['MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'],
      ['SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'],
      ['BPOS_S_TODO_2', 'c87f142c-d1e9-4363-8630-aaea9c4d9ae5'],
      ['VIVAENGAGE_CORE', 'a82fbf69-b4d7-49f4-83a6-915b2cf354f4'],
      ['VIVA_LEARNING_SEEDED', 'b76fb638-6ba6-402a-b9f9-83d28acb3d86'],
      ['WHITEBOARD_PLAN2', '94a54592-cd8b-425e-87c6-97868b000b91'],
      ['YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'],
      ['UNIVERSAL_PRINT_01', '795f6fe0-cc4d-4773-b050-5dde4dc704c9'],
      ['WIN10_PRO_ENT_SUB', '21b439ba-a0ca-424f-a6cc-52f954a5b111'],
      ['Windows_Autopatch', '9a6eeb79-0b4b-4bf0-9808-39d99a2cd5a3'],
      ['WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE', '7bf960f6-2cd9-443a-8046-5dbff9558365'],
      ['RMS_S_PREMIUM', '6c57d4b6-3b23-47a5-9bc9-69f17b4947b3'],
      ['DYN365_CDS_O365_P2', '4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14'],
      ['MFA_PREMIUM', '8a256a2b-b617-496d-b51b-e76466e88db0'],
      ['ADALLOM_S_DISCOVERY', '932ad362-64a8-4783-9106-97849a1a30b9'],
      ['AAD_PREMIUM', '41781fb2-bc02-4b7c-bd55-b576c07bb09d'],
      ['INTUNE_A', 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5'],
      ['POWERAPPS_O365_P2', 'c68f8d98-5534-41c8-bf36-22fa496fa792'],
      ['FLOW_O365_P2', '76846ad7-7776-4c40-a281-a386362dd1b9'],
      ['POWER_VIRTUAL_AGENTS_O365_P2', '041fe683-03e4-45b6-b1af-c0cdc516daee'],
    ],
  },
  SPE_E5: {
    skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
    name: 'Microsoft 365 E5',
    plans: [
      ['MESH_AVATARS_FOR_TEAMS', 'dcf9d2f4-772e-4434-b757-77a453cfbc02'],
      ['MESH_AVATARS_ADDITIONAL_FOR_TEAMS', '3efbd4ed-8958-4824-8389-1321f8730af8'],
      ['RMS_S_ENTERPRISE', 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90'],
      ['Bing_Chat_Enterprise', '0d0c0d31-fae7-41f2-b909-eaf4d7f26dba'],
      ['CDS_O365_P3', 'afa73018-811e-46e9-988f-f75d2b1b8430'],
      ['LOCKBOX_ENTERPRISE', '9f431833-0334-42de-a7dc-70aa40db46db'],
      ['CustomerLockboxA_Enterprise', '3ec18638-bd4c-4d3b-8905-479ed636b83e'],
      ['MIP_S_Exchange', 'cd31b152-6326-4d1b-ae1b-997b625182e6'],
      ['EXCHANGE_S_ENTERPRISE', 'efb87545-963c-4e0d-99df-69c6916d9eb0'],
      ['GRAPH_CONNECTORS_SEARCH_INDEX', 'a6520331-d7d4-4276-95f5-15c0933bc757'],
      ['MESH_IMMERSIVE_FOR_TEAMS', 'f0ff6ac6-297d-49cd-be34-6dfef97f0c28'],
      ['INFORMATION_BARRIERS', 'c4801e8a-cb58-4c35-aca6-f2dcc106f287'],
      ['Content_Explorer', 'd9fa6af4-e046-4c89-9226-729a0786685d'],
      ['ContentExplorer_Standard', '2b815d45-56e4-4e3a-b65c-66cb9175b560'],
      ['MIP_S_CLP2', 'efb0351d-3b08-4503-993d-383af8de41e3'],
      ['MIP_S_CLP1', '5136a095-5cf0-4aff-bec3-e84448b38ea5'],
      ['MYANALYTICS_P2', '33c4f319-9bdd-48d6-9c4d-410b750a4a5a'],
      ['M365_ADVANCED_AUDITING', '2f442157-a11c-46b9-ae5b-6e39ff4e5849'],
      ['OFFICESUBSCRIPTION', '43de0ff5-c92c-492b-9116-175376d08c38'],
      ['MCOMEETADV', '3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40'],
      ['M365_AUDIT_PLATFORM', 'f6de4823-28fa-440b-b886-4783fa86ddba'],
      ['MICROSOFT_COMMUNICATION_COMPLIANCE', 'a413a9ff-720c-4822-98ef-2f37c2a21f4c'],
      ['MTP', 'bf28f719-7844-4079-9c78-c1307898e192'],
      ['M365_LIGHTHOUSE_CUSTOMER_PLAN1', '6f23d6a9-adbf-481c-8538-b4c095654487'],
      ['MCOEV', '4828c8ec-dc2e-4779-b502-87ac9ce28ab7'],
      ['MICROSOFTBOOKINGS', '199a5c09-e0ca-4e37-8f7c-b05d533e1ea2'],
      ['CLIPCHAMP', 'a1ace008-72f3-4ea0-8dac-33b3a23a2472'],
      ['COMMUNICATIONS_DLP', '6dc145d6-95dd-4191-b9c3-185575ee6f6b'],
      ['CUSTOMER_KEY', '6db1f1db-2b46-403f-be40-e39395f08dbb'],
      ['DATA_INVESTIGATIONS', '46129a58-a698-46f0-aa5b-17f6586297d9'],
      ['ATP_ENTERPRISE', 'f20fedf3-f3c3-43c3-8267-2bfdd51c0939'],
      ['THREAT_INTELLIGENCE', '8e0c0a52-6a6c-4d40-8370-dd62790dcd70'],
      ['EXCEL_PREMIUM', '531ee2f8-b1cb-453b-9c21-d2180d014ca5'],
      ['FORMS_PLAN_E5', 'e212cbc7-0961-4c40-9825-01117710dcb1'],
      ['INFO_GOVERNANCE', 'e26c2fcc-ab91-4a61-b35c-03cdc8dddf66'],
      ['INSIDER_RISK', 'd587c7a3-bda9-4f99-8776-9bcf59c84f75'],
      ['KAIZALA_STANDALONE', '0898bdbb-73b0-471a-81e5-20f1fe4dd66e'],
      ['MICROSOFT_LOOP', 'c4b8c31a-fb44-4c65-9837-a21f55fcabda'],
      ['ML_CLASSIFICATION', 'd2d51368-76c9-4317-ada2-a12c004c432f'],
      ['EXCHANGE_ANALYTICS', '34c0d7a0-a70f-4668-9238-47f9fc208882'],
      ['PROJECTWORKMANAGEMENT', 'b737dad2-2f6c-4c65-90e3-ca563267e8b9'],
      ['RECORDS_MANAGEMENT', '65cc641f-cccd-4643-97e0-a17e3045e541'],
      ['MICROSOFT_SEARCH', '94065c59-bc8e-4e8b-89e5-5138d471eaff'],
      ['Deskless', '8c7d2df8-86f0-4902-b2ed-a0458298f3b3'],
      ['STREAM_O365_E5', '6c6042f5-6f01-4d67-b8c1-eb99d36eed3e'],
      ['TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'],
      ['INTUNE_O365', '882e1d05-acd1-4ccb-8708-6ee03664b117'],
      ['Nucleus', 'db4d623d-b514-490b-b7ef-8885eee514de'],
      ['EQUIVIO_ANALYTICS', '4de31727-a228-4ec3-a5bf-8e45b5ca48cc'],
      ['ADALLOM_S_O365', '8c098270-9dd4-4350-9b30-ba4703f3b36b'],
      ['PAM_ENTERPRISE', 'b1188c4c-1b36-4018-b48b-ee07604f6feb'],
      ['SAFEDOCS', 'bf6f5520-59e3-4f82-974b-7dbbc4fd27c7'],
      ['SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'],
      ['POWERAPPS_O365_P3', '9c0dab89-a30c-4117-86e7-97bda240acd2'],
      ['BI_AZURE_P2', '70d33638-9c74-4d01-bfd3-562de28bd4ba'],
      ['PREMIUM_ENCRYPTION', '617b097b-4b93-4ede-83de-5f075bb5fb2f'],
      ['PROJECT_O365_P3', 'b21a6b06-1988-436e-a07b-51ec6d9f52ad'],
      ['PURVIEW_DISCOVERY', 'c948ea65-2053-4a5a-8a62-9eaaaf11b522'],
      ['COMMUNICATIONS_COMPLIANCE', '41fcdd7d-4733-4863-9cf4-c65b83ce2df4'],
      ['INSIDER_RISK_MANAGEMENT', '9d0c4ee5-e4a1-4625-ab39-d82b619b1a34'],
      ['SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72'],
      ['MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'],
      ['SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'],
      ['BPOS_S_TODO_3', '3fb82609-8c27-4f7b-bd51-30634711ee67'],
      ['VIVAENGAGE_CORE', 'a82fbf69-b4d7-49f4-83a6-915b2cf354f4'],
      ['VIVA_LEARNING_SEEDED', 'b76fb638-6ba6-402a-b9f9-83d28acb3d86'],
      ['WHITEBOARD_PLAN3', '4a51bca5-1eff-43f5-878c-177680f191af'],
      ['YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'],
      ['WINDEFATP', '871d91ec-ec1a-452b-a83f-bd76c7d770ef'],
      ['MICROSOFTENDPOINTDLP', '64bfac92-2b17-4482-b5e5-a0304429de3e'],
      ['UNIVERSAL_PRINT_01', '795f6fe0-cc4d-4773-b050-5dde4dc704c9'],
      ['WIN10_PRO_ENT_SUB', '21b439ba-a0ca-424f-a6cc-52f954a5b111'],
      ['Windows_Autopatch', '9a6eeb79-0b4b-4bf0-9808-39d99a2cd5a3'],
      ['WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE', '7bf960f6-2cd9-443a-8046-5dbff9558365'],
      ['RMS_S_PREMIUM', '6c57d4b6-3b23-47a5-9bc9-69f17b4947b3'],
      ['RMS_S_PREMIUM2', '5689bec4-755d-4753-8b61-40975025187c'],
      ['DYN365_CDS_O365_P3', '28b0fa46-c39a-4188-89e2-58e979a6b014'],
      ['Defender_for_Iot_Enterprise', '99cd49a9-0e54-4e07-aea1-d8d9f5f704f5'],
      ['MFA_PREMIUM', '8a256a2b-b617-496d-b51b-e76466e88db0'],
      ['ADALLOM_S_STANDALONE', '2e2ddb96-6af9-4b1d-a3f0-d6ecfd22edb2'],
      ['ATA', '14ab5db5-e6c4-4b20-b4bc-13e36fd2227f'],
      ['AAD_PREMIUM', '41781fb2-bc02-4b7c-bd55-b576c07bb09d'],
      ['AAD_PREMIUM_P2', 'eec0eb4f-6444-4f95-aba0-50c24d67f998'],
      ['INTUNE_A', 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5'],
      ['FLOW_O365_P3', '07699545-9485-468e-95b6-2fca3738be01'],
      ['POWER_VIRTUAL_AGENTS_O365_P3', 'ded3d325-1bdc-453e-8432-5bac26d7a014'],
    ],
  },
  SPB: {
    skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
    name: 'Microsoft 365 Business Premium',
    plans: [
      ['DYN365BC_MS_INVOICING', '39b5c996-467e-4e60-bd62-46066f572726'],
      ['MESH_AVATARS_FOR_TEAMS', 'dcf9d2f4-772e-4434-b757-77a453cfbc02'],
      ['MESH_AVATARS_ADDITIONAL_FOR_TEAMS', '3efbd4ed-8958-4824-8389-1321f8730af8'],
      ['RMS_S_ENTERPRISE', 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90'],
      ['CDS_O365_P3', 'afa73018-811e-46e9-988f-f75d2b1b8430'],
      ['Bing_Chat_Enterprise', '0d0c0d31-fae7-41f2-b909-eaf4d7f26dba'],
      ['BPOS_S_DlpAddOn', '9bec7e34-c9fa-40b7-a9d1-bd6d1165c7ed'],
      ['EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'],
      ['EXCHANGE_S_STANDARD', '9aaf7827-d63c-4b61-89c3-182f06f82e5c'],
      ['EXCHANGE_S_ARCHIVE_ADDON', '176a09a6-7ec5-4039-ac02-b2791c6ba793'],
      ['MYANALYTICS_P2', '33c4f319-9bdd-48d6-9c4d-410b750a4a5a'],
      ['OFFICE_BUSINESS', '094e7854-93fc-4d55-b2c0-3ab5369ebdc1'],
      ['M365_LIGHTHOUSE_CUSTOMER_PLAN1', '6f23d6a9-adbf-481c-8538-b4c095654487'],
      ['M365_LIGHTHOUSE_PARTNER_PLAN1', 'd55411c9-cfff-40a9-87c7-240f14df7da5'],
      ['MICROSOFTBOOKINGS', '199a5c09-e0ca-4e37-8f7c-b05d533e1ea2'],
      ['CLIPCHAMP', 'a1ace008-72f3-4ea0-8dac-33b3a23a2472'],
      ['MDE_SMB', 'bfc1bbd9-981b-4f71-9b82-17c35fd0e2a4'],
      ['ATP_ENTERPRISE', 'f20fedf3-f3c3-43c3-8267-2bfdd51c0939'],
      ['FORMS_PLAN_E1', '159f4cd6-e380-449f-a816-af1a9ef76344'],
      ['KAIZALA_O365_P2', '54fc630f-5a40-48ee-8965-af0503c1386e'],
      ['MICROSOFT_LOOP', 'c4b8c31a-fb44-4c65-9837-a21f55fcabda'],
      ['PROJECTWORKMANAGEMENT', 'b737dad2-2f6c-4c65-90e3-ca563267e8b9'],
      ['MICROSOFT_SEARCH', '94065c59-bc8e-4e8b-89e5-5138d471eaff'],
      ['Deskless', '8c7d2df8-86f0-4902-b2ed-a0458298f3b3'],
      ['TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'],
      ['INTUNE_O365', '882e1d05-acd1-4ccb-8708-6ee03664b117'],
      ['Nucleus', 'db4d623d-b514-490b-b7ef-8885eee514de'],
      ['SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'],
      ['OFFICE_SHARED_COMPUTER_ACTIVATION', '276d6e8a-f056-4f70-b7e8-4fc27f79f809'],
      ['PROJECT_O365_P3', 'b21a6b06-1988-436e-a07b-51ec6d9f52ad'],
      ['PURVIEW_DISCOVERY', 'c948ea65-2053-4a5a-8a62-9eaaaf11b522'],
      ['O365_SB_Relationship_Management', '5bfe124c-bbdc-4494-8835-f1297d457d79'],
      ['SHAREPOINTSTANDARD', 'c7699d2e-19aa-44de-8edf-1736da088ca1'],
      ['MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'],
      ['SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'],
      ['BPOS_S_TODO_1', '5e62787c-c316-451f-b873-1d05acd4d12c'],
      ['VIVAENGAGE_CORE', 'a82fbf69-b4d7-49f4-83a6-915b2cf354f4'],
      ['VIVA_LEARNING_SEEDED', 'b76fb638-6ba6-402a-b9f9-83d28acb3d86'],
      ['WHITEBOARD_PLAN1', 'b8afc642-032e-4de5-8c0a-507a7bba7e5d'],
      ['YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'],
      ['UNIVERSAL_PRINT_01', '795f6fe0-cc4d-4773-b050-5dde4dc704c9'],
      ['WINBIZ', '8e229017-d77b-43d5-9305-903395523b99'],
      ['WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE', '7bf960f6-2cd9-443a-8046-5dbff9558365'],
      ['AAD_SMB', 'de377cbc-0019-4ec2-b77c-3f223947e102'],
      ['RMS_S_PREMIUM', '6c57d4b6-3b23-47a5-9bc9-69f17b4947b3'],
      ['DYN365_CDS_O365_P3', '28b0fa46-c39a-4188-89e2-58e979a6b014'],
      ['MFA_PREMIUM', '8a256a2b-b617-496d-b51b-e76466e88db0'],
      ['ADALLOM_S_DISCOVERY', '932ad362-64a8-4783-9106-97849a1a30b9'],
      ['AAD_PREMIUM', '41781fb2-bc02-4b7c-bd55-b576c07bb09d'],
      ['INTUNE_SMBIZ', '8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2'],
      ['INTUNE_A', 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5'],
      ['STREAM_O365_E1', '743dd19e-1ce3-4c62-a3ad-49ba8f63a2f6'],
      ['POWERAPPS_O365_P1', '92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c'],
      ['FLOW_O365_P1', '0f9b09cb-62d1-4ff4-9129-43f4996f83f4'],
      ['POWER_VIRTUAL_AGENTS_O365_P3', 'ded3d325-1bdc-453e-8432-5bac26d7a014'],
    ],
  },
  VISIOCLIENT: {
    skuId: 'c5928f49-12ba-48f7-ada3-0d743a3601d5',
    name: 'Visio Plan 2',
    plans: [
      ['EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'],
      ['ONEDRIVE_BASIC', 'da792a53-cbc0-4184-a10d-e544dd34b3c1'],
      ['VISIO_CLIENT_SUBSCRIPTION', '663a804f-1c30-4ff0-9915-9db84f0d1cea'],
      ['VISIOONLINE', '2bdbaf8f-738f-4ac7-9234-3c3ee2ce7d0f'],
    ],
  },
  POWER_BI_PRO: {
    skuId: 'f8a1db68-be16-40ed-86d5-cb42ce701560',
    name: 'Power BI Pro',
    plans: [
      ['EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'],
      ['BI_AZURE_P2', '70d33638-9c74-4d01-bfd3-562de28bd4ba'],
    ],
  },
  PROJECTPROFESSIONAL: {
    skuId: '53818b1b-4a27-454b-8896-0dba576410e6',
    name: 'Planner and Project Plan 3',
    plans: [
      ['DYN365_CDS_PROJECT', '50554c47-71d9-49fd-bc54-42a2765c555c'],
      ['EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'],
      ['FLOW_FOR_PROJECT', 'fa200448-008c-4acb-abd4-ea106ed2199d'],
      ['SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'],
      ['PROJECT_CLIENT_SUBSCRIPTION', 'fafd7243-e5c1-4a3a-9e40-495efcb1d3c3'],
      ['SHAREPOINT_PROJECT', 'fe71d6c3-a2ea-4499-9778-da042bf08063'],
      ['PROJECT_PROFESSIONAL', '818523f5-016b-4355-9be8-ed6944946ea7'],
      ['SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72'],
    ],
  },
  Microsoft_Teams_Premium: {
    skuId: '36a0f3b3-adb5-49ea-bf66-762134cf063a',
    name: 'Microsoft Teams Premium Introductory Pricing',
    plans: [
      ['MICROSOFT_ECDN', '85704d55-2e73-47ee-93b4-4b8ea14db92b'],
      ['TEAMSPRO_MGMT', '0504111f-feb8-4a3c-992a-70280f9a2869'],
      ['TEAMSPRO_CUST', 'cc8c0802-a325-43df-8cba-995d0c6cb373'],
      ['TEAMSPRO_PROTECTION', 'f8b44f54-18bb-46a3-9658-44ab58712968'],
      ['TEAMSPRO_VIRTUALAPPT', '9104f592-f2a7-4f77-904c-ca5a5715883f'],
      ['MCO_VIRTUAL_APPT', '711413d0-b36e-4cd4-93db-0a50a4ab7ea3'],
      ['TEAMSPRO_WEBINAR', '78b58230-ec7e-4309-913c-93a45cc4735b'],
    ],
  },
};

/** A stable GUID (version-4 layout) derived from a seed, so regenerating gives the same ids. */
function guid(seed: string): string {
  const h = createHash('sha1').update(`contoso-ab-demo:${seed}`).digest('hex');
  const variant = (8 + (parseInt(h.charAt(16), 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const TENANT_ID = guid('tenant');
const DOMAIN = 'contoso.se';
const ASSIGNED_AT = '2024-09-02T07:30:00Z';
/**
 * The day the demo's sign-in activity is relative to. The file is static, so as real time passes
 * everyone drifts towards "inactive": tests pin their clock to this date; regenerate for a fresh demo.
 */
const ACTIVITY_AS_OF = Date.parse('2026-12-01T08:00:00Z');

/** Prepaid seats per SKU. SPE_E5 is deliberately full (no free seats). */
const SEATS: Record<string, number> = {
  ENTERPRISEPACK: 30,
  SPE_E3: 10,
  SPE_E5: 3,
  SPB: 5,
  VISIOCLIENT: 5,
  POWER_BI_PRO: 6, // 5 bought by the company + 1 self-service purchase by Liam O'Brien
  PROJECTPROFESSIONAL: 5,
  Microsoft_Teams_Premium: 5,
};

interface PersonOptions {
  accountEnabled?: boolean;
  /**
   * Days before ACTIVITY_AS_OF of the last interactive sign-in (default: within the last week);
   * `null` = never signed in. `nonInteractiveDays` for a later background sign-in (a phone's mail app).
   */
  lastSignInDays?: number | null;
  nonInteractiveDays?: number;
  /** Service plan names disabled in a direct assignment, by part number. */
  disabled?: Record<string, string[]>;
}

type Person = [
  given: string,
  surname: string,
  jobTitle: string,
  department: string,
  lang: string,
  manager: string | null,
  direct: string[],
  opts?: PersonOptions,
];

const PEOPLE: Person[] = [
  ['Magnus', 'Wikström', 'VD', 'Ledning', 'sv-SE', null, ['SPE_E5']],
  ['Eva', 'Sjögren', 'Kontorschef', 'Ledning', 'sv-SE', 'Magnus Wikström', ['SPB']],
  ['Erik', 'Sjöberg', 'IT-chef', 'IT', 'sv-SE', 'Magnus Wikström', ['SPE_E5']],
  ['Maria', 'Nilsson', 'Licensadministratör', 'IT', 'sv-SE', 'Erik Sjöberg', ['SPE_E3']],
  ['Johan', 'Andersson', 'IT-tekniker', 'IT', 'sv-SE', 'Erik Sjöberg', ['SPE_E3']],
  ['Tom', 'Wilson', 'External Consultant', 'IT', 'en-GB', 'Erik Sjöberg', [], { lastSignInDays: null }],
  ['Karin', 'Holm', 'Ekonomichef', 'Ekonomi', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Bo', 'Ek', 'Redovisningsekonom', 'Ekonomi', 'sv-SE', 'Karin Holm', ['ENTERPRISEPACK']],
  ['Ahmed', 'Hassan', 'Controller', 'Ekonomi', 'sv-SE', 'Karin Holm', ['SPE_E5', 'ENTERPRISEPACK']],
  ['Sara', 'Lind', 'Lönespecialist', 'Ekonomi', 'sv-SE', 'Karin Holm', ['SPE_E3']],
  ['Emma', 'Johansson', 'Ekonomiassistent', 'Ekonomi', 'sv-SE', 'Karin Holm', ['ENTERPRISEPACK']],
  [
    'Liam',
    "O'Brien",
    'Financial Analyst',
    'Ekonomi',
    'en-GB',
    'Karin Holm',
    ['ENTERPRISEPACK', 'POWER_BI_PRO'],
    { lastSignInDays: 95, nonInteractiveDays: 94 },
  ],
  [
    'Sofia',
    'Karlsson',
    'Försäljningschef',
    'Sälj',
    'sv-SE',
    'Magnus Wikström',
    ['ENTERPRISEPACK', 'Microsoft_Teams_Premium'],
  ],
  ['Anna', 'Berg', 'Säljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  [
    'Oskar',
    'Lund',
    'Key Account Manager',
    'Sälj',
    'sv-SE',
    'Sofia Karlsson',
    ['POWER_BI_PRO'],
    { lastSignInDays: 120 },
  ],
  ['Mikael', 'Persson', 'Säljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  ['Elin', 'Forsberg', 'Innesäljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  [
    'Lars',
    'Gustafsson',
    'Säljare',
    'Sälj',
    'sv-SE',
    'Sofia Karlsson',
    ['ENTERPRISEPACK', 'POWER_BI_PRO'],
    // The leaver: disabled in September, licenses still assigned.
    { accountEnabled: false, lastSignInDays: 75 },
  ],
  [
    'Peter',
    'Nyström',
    'Marknadschef',
    'Marknad',
    'sv-SE',
    'Magnus Wikström',
    ['ENTERPRISEPACK', 'Microsoft_Teams_Premium'],
  ],
  ['Anna', 'Lindberg', 'Marknadskoordinator', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK', 'POWER_BI_PRO']],
  // Overlap: Office 365 E3 given directly on top of Microsoft 365 E3, which covers all of its plans.
  ['Lina', 'Ekström', 'Kommunikatör', 'Marknad', 'sv-SE', 'Peter Nyström', ['SPE_E3', 'ENTERPRISEPACK']],
  [
    'Jessica',
    'Brown',
    'Content Manager',
    'Marknad',
    'en-US',
    'Peter Nyström',
    ['ENTERPRISEPACK'],
    { disabled: { ENTERPRISEPACK: ['YAMMER_ENTERPRISE'] }, lastSignInDays: 200 },
  ],
  ['Julia', 'Engström', 'Grafisk formgivare', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK']],
  ['Johanna', 'Lund', 'Eventansvarig', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK']],
  ['Helena', 'Sundberg', 'HR-chef', 'HR', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Fredrik', 'Olsson', 'HR-partner', 'HR', 'sv-SE', 'Helena Sundberg', ['ENTERPRISEPACK']],
  ['Camilla', 'Öberg', 'Rekryterare', 'HR', 'sv-SE', 'Helena Sundberg', ['SPB']],
  [
    'David',
    'Miller',
    'Head of Engineering',
    'Utveckling',
    'en-US',
    'Magnus Wikström',
    ['SPE_E3', 'PROJECTPROFESSIONAL', 'VISIOCLIENT'],
  ],
  ['Alexander', 'Holmberg', 'UX-designer', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3', 'VISIOCLIENT']],
  ['Gustav', 'Berglund', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3'], { lastSignInDays: 40 }],
  ['Ida', 'Hedlund', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3']],
  // Signs in interactively rarely, but his phone's mail app does daily: not inactive.
  [
    'Viktor',
    'Lindqvist',
    'Testare',
    'Utveckling',
    'sv-SE',
    'David Miller',
    ['SPB'],
    { lastSignInDays: 100, nonInteractiveDays: 1 },
  ],
  ['Nora', 'Ahmadi', 'DevOps-ingenjör', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3', 'PROJECTPROFESSIONAL']],
  [
    'Tobias',
    'Strand',
    'Projektledare',
    'Utveckling',
    'sv-SE',
    'David Miller',
    ['ENTERPRISEPACK', 'PROJECTPROFESSIONAL'],
    { lastSignInDays: 140 },
  ],
  ['Klara', 'Sandberg', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPB']],
  ['Hanna', 'Björk', 'Kundtjänstchef', 'Kundtjänst', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Robert', 'Lindgren', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
  ['Maja', 'Axelsson', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
  // A new starter, not licensed yet; with Lina's overlap, Office 365 E3 stays at 24 of 30 seats used.
  ['Ali', 'Yilmaz', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', []],
  ['Annika', 'Ström', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
];

const GROUPS: [displayName: string, mailNickname: string, part: string, members: string[]][] = [
  [
    'Säljavdelningen – licenser',
    'saljavdelningen-licenser',
    'ENTERPRISEPACK',
    ['Sofia Karlsson', 'Anna Berg', 'Oskar Lund', 'Mikael Persson', 'Elin Forsberg'],
  ],
  ['Design – Visio', 'design-visio', 'VISIOCLIENT', ['Julia Engström', 'Alexander Holmberg']],
];

// Template ids of the built-in Entra roles (the same in every tenant).
const ROLES: [displayName: string, templateId: string, description: string, members: string[]][] = [
  [
    'Global Administrator',
    '62e90394-69f5-4237-9190-012177145e10',
    'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
    ['Erik Sjöberg'],
  ],
  [
    'User Administrator',
    'fe930be7-5e62-47db-91af-98c3a49a38b1',
    'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
    ['Johan Andersson'],
  ],
  [
    'License Administrator',
    '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
    'Can manage product licenses on users and groups.',
    ['Maria Nilsson'],
  ],
];

const SELF_SERVICE = { part: 'POWER_BI_PRO', owner: "Liam O'Brien", licenses: 1 };

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const catalog = (part: string): CatalogSku => {
  const entry = CATALOG[part];
  if (!entry) throw new Error(`no catalog entry for ${part}`);
  return entry;
};
const sku = (part: string): string => catalog(part).skuId;
const planId = (part: string, name: string): string => {
  const plan = catalog(part).plans.find(([n]) => n === name);
  if (!plan) throw new Error(`${part} has no plan ${name}`);
  return plan[1];
};

const ids = new Map(PEOPLE.map(([given, surname]) => [`${given} ${surname}`, guid(`user:${given} ${surname}`)]));
const idOf = (name: string): string => {
  const id = ids.get(name);
  if (!id) throw new Error(`unknown person ${name}`);
  return id;
};
const groups = GROUPS.map(([displayName, nick, part, members]) => ({
  id: guid(`group:${displayName}`),
  displayName,
  mail: `${nick}@${DOMAIN}`,
  description: `Tilldelar ${catalog(part).name} till medlemmarna.`,
  assignedLicenses: [{ skuId: sku(part), disabledPlans: [] }],
  members: members.map(idOf),
}));

const daysAgo = (days: number, seed: string): string => {
  // A working-hours minute on that day, stable per person, so the file regenerates identically.
  const minute = 7 * 60 + (parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 4), 16) % 600);
  const day = new Date(ACTIVITY_AS_OF - days * 86_400_000);
  day.setUTCHours(0, minute, 0, 0);
  return day.toISOString().replace('.000Z', 'Z');
};

/** Graph's signInActivity for a demo person (request ids are stable fake GUIDs). */
function signInActivity(name: string, opts: PersonOptions): TenantFile['users'][number]['signInActivity'] {
  if (opts.lastSignInDays === null) return null;
  const days = opts.lastSignInDays ?? parseInt(guid(`active:${name}`).slice(0, 2), 16) % 7;
  const interactive = daysAgo(days, `i:${name}`);
  const nonInteractive = daysAgo(opts.nonInteractiveDays ?? days, `n:${name}`);
  const latest = interactive > nonInteractive ? interactive : nonInteractive;
  return {
    lastSignInDateTime: interactive,
    lastSignInRequestId: guid(`signin:${name}`),
    lastNonInteractiveSignInDateTime: nonInteractive,
    lastNonInteractiveSignInRequestId: guid(`signin-ni:${name}`),
    lastSuccessfulSignInDateTime: latest,
    lastSuccessfulSignInRequestId: guid(interactive > nonInteractive ? `signin:${name}` : `signin-ni:${name}`),
  };
}

const users = PEOPLE.map(([given, surname, jobTitle, department, lang, manager, direct, opts = {}]) => {
  const id = idOf(`${given} ${surname}`);
  const upn = `${ascii(given)}.${ascii(surname)}@${DOMAIN}`;
  const states: TenantFile['users'][number]['licenseAssignmentStates'] = direct.map((part) => ({
    skuId: sku(part),
    assignedByGroup: null,
    state: 'Active' as const,
    error: 'None',
    disabledPlans: (opts.disabled?.[part] ?? []).map((name) => planId(part, name)),
    lastUpdatedDateTime: ASSIGNED_AT,
  }));
  for (const g of groups.filter((g) => g.members.includes(id))) {
    for (const l of g.assignedLicenses) {
      states.push({
        skuId: l.skuId,
        assignedByGroup: g.id,
        state: 'Active',
        error: 'None',
        disabledPlans: [],
        lastUpdatedDateTime: ASSIGNED_AT,
      });
    }
  }
  const assignedLicenses: { skuId: string; disabledPlans: string[] }[] = [];
  for (const s of states) {
    const entry = assignedLicenses.find((l) => l.skuId === s.skuId);
    if (entry) entry.disabledPlans = entry.disabledPlans.filter((p) => s.disabledPlans.includes(p));
    else assignedLicenses.push({ skuId: s.skuId, disabledPlans: [...s.disabledPlans] });
  }
  return {
    id,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    userPrincipalName: upn,
    mail: upn,
    jobTitle,
    department,
    preferredLanguage: lang,
    usageLocation: 'SE',
    accountEnabled: opts.accountEnabled ?? true,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: department === 'Kundtjänst' ? 'Göteborg' : 'Stockholm',
    assignedLicenses,
    licenseAssignmentStates: states,
    managerId: manager ? idOf(manager) : null,
    signInActivity: signInActivity(`${given} ${surname}`, opts),
  };
});

const subscriptions: TenantFile['subscriptions'] = [];
const subscribedSkus: TenantFile['subscribedSkus'] = Object.entries(CATALOG).map(([part, { skuId, plans }]) => {
  const selfService = SELF_SERVICE.part === part ? SELF_SERVICE.licenses : 0;
  const seats = SEATS[part] ?? 0;
  const orgSub = {
    id: guid(`subscription:${part}`),
    commerceSubscriptionId: guid(`commerce:${part}`),
    skuId,
    skuPartNumber: part,
    status: 'Enabled' as const,
    isTrial: false,
    totalLicenses: seats - selfService,
    createdDateTime: '2023-03-01T09:00:00Z',
    nextLifecycleDateTime: '2026-03-01T09:00:00Z',
    ownerType: null,
    ownerId: null,
    ownerTenantId: null,
  };
  subscriptions.push(orgSub);
  const subscriptionIds = [orgSub.commerceSubscriptionId];
  if (selfService > 0) {
    const own = {
      id: guid(`subscription:self-service:${part}`),
      commerceSubscriptionId: guid(`commerce:self-service:${part}`),
      skuId,
      skuPartNumber: part,
      status: 'Enabled' as const,
      isTrial: false,
      totalLicenses: selfService,
      createdDateTime: '2025-02-11T14:12:00Z',
      nextLifecycleDateTime: '2026-02-11T14:12:00Z',
      ownerType: 'User',
      ownerId: idOf(SELF_SERVICE.owner),
      ownerTenantId: null,
    };
    subscriptions.push(own);
    subscriptionIds.push(own.commerceSubscriptionId);
  }
  return {
    id: `${TENANT_ID}_${skuId}`,
    accountId: TENANT_ID,
    accountName: 'Contoso AB',
    skuId,
    skuPartNumber: part,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: users.filter((u) => u.assignedLicenses.some((l) => l.skuId === skuId)).length,
    prepaidUnits: { enabled: seats, suspended: 0, warning: 0, lockedOut: 0 },
    subscriptionIds,
    servicePlans: plans.map(([servicePlanName, servicePlanId]) => ({
      servicePlanId,
      servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
  };
});

const tenant: TenantFile = {
  organization: {
    id: TENANT_ID,
    displayName: 'Contoso AB',
    countryLetterCode: 'SE',
    preferredLanguage: 'sv-SE',
    verifiedDomains: [
      {
        name: DOMAIN,
        isDefault: true,
        isInitial: false,
        type: 'Managed',
        capabilities: 'Email, OfficeCommunicationsOnline',
      },
      {
        name: 'contosoab.onmicrosoft.com',
        isDefault: false,
        isInitial: true,
        type: 'Managed',
        capabilities: 'Email, OfficeCommunicationsOnline',
      },
    ],
  },
  subscribedSkus,
  subscriptions,
  users,
  groups,
  directoryRoles: ROLES.map(([displayName, roleTemplateId, description, members]) => ({
    id: guid(`role:${roleTemplateId}`),
    roleTemplateId,
    displayName,
    description,
    members: members.map(idOf),
  })),
};

parseTenantFile(tenant, 'generated demo tenant');
writeFileSync(DEMO_TENANT_PATH, `${JSON.stringify(tenant, null, 2)}\n`);
process.stdout.write(`wrote ${DEMO_TENANT_PATH}: ${users.length} users, ${subscribedSkus.length} SKUs\n`);
