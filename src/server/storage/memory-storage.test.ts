import { describeStorageContract } from '../../../test/contract/storage-contract.ts';
import { openStorage } from './open-storage.ts';

describeStorageContract('memory', () => openStorage({ kind: 'memory' }));
