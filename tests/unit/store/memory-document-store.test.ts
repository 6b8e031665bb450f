import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { describeDocumentStoreContract, type ContractDoc } from '../../support/document-store-contract';

describeDocumentStoreContract('MemoryDocumentStore', () => new MemoryDocumentStore<ContractDoc>());
