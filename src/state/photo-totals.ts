import { photoTotals } from '../store/photos';

/** How many photos are stored and their bytes, for the settings' storage figures; null when unreadable. */
export async function storedPhotoTotals(): Promise<{ count: number; bytes: number } | null> {
  try {
    return await photoTotals();
  } catch {
    return null;
  }
}
