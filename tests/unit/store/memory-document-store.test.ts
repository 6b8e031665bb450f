import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { describeDocumentStoreContract, type ContractDoc } from '../../integration/store/document-store-contract';

describeDocumentStoreContract('MemoryDocumentStore', () => new MemoryDocumentStore<ContractDoc>());
