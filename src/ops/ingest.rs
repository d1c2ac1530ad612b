//! Bulk ingest, validated whole before the first write: points are read from their input
//! (a file, or a pipe that may run for hours), checked, and spilled to an anonymous temporary
//! file; only when the input has ended without a bad line does the store see them. So a bad
//! last line writes nothing on any store, memory stays constant whatever the input size, and
//! no store lock is held while a producer is still writing into the pipe.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek, Write};

use crate::model::Metric;
use crate::store::{Result, StoreError, MAX_BATCH_METRICS};

/// Bytes of one spilled point: key index, value bits, step, timestamp.
const RECORD: usize = 4 + 8 + 8 + 8;
/// Points are kept in memory up to this many bytes; beyond, they go to a temporary file.
const IN_MEMORY: usize = 8 << 20;

/// Every point of an input, checked and ready to be stored.
pub struct Spilled {
    keys: Vec<String>,
    count: u64,
    memory: Vec<u8>,
    file: Option<File>,
}

/// Reads every batch of `input` and keeps the points; the first error ends the reading and
/// nothing is kept.
pub fn spill(input: impl Iterator<Item = Result<Vec<Metric>>>) -> Result<Spilled> {
    let mut keys: Vec<String> = Vec::new();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut memory: Vec<u8> = Vec::new();
    let mut file: Option<std::io::BufWriter<File>> = None;
    let mut count = 0u64;
    for batch in input {
        for m in batch? {
            let k = match index.get(&m.key) {
                Some(k) => *k,
                None => {
                    let k = u32::try_from(keys.len()).map_err(|_| {
                        StoreError::Invalid("more than 4 billion metric keys".into())
                    })?;
                    index.insert(m.key.clone(), k);
                    keys.push(m.key);
                    k
                }
            };
            memory.extend_from_slice(&k.to_le_bytes());
            memory.extend_from_slice(&m.value.to_bits().to_le_bytes());
            memory.extend_from_slice(&m.step.to_le_bytes());
            memory.extend_from_slice(&m.timestamp.to_le_bytes());
            count += 1;
            if memory.len() >= IN_MEMORY {
                let f = match &mut file {
                    Some(f) => f,
                    None => file.insert(std::io::BufWriter::with_capacity(
                        1 << 16,
                        tempfile::tempfile().map_err(spill_error)?,
                    )),
                };
                f.write_all(&memory).map_err(spill_error)?;
                memory.clear();
            }
        }
    }
    let file = match file {
        Some(f) => {
            let mut f = f.into_inner().map_err(|e| spill_error(e.into_error()))?;
            f.rewind().map_err(spill_error)?;
            Some(f)
        }
        None => None,
    };
    Ok(Spilled {
        keys,
        count,
        memory,
        file,
    })
}

fn spill_error(e: std::io::Error) -> StoreError {
    StoreError::Io(std::io::Error::new(
        e.kind(),
        format!("could not keep the points in a temporary file: {e}"),
    ))
}

impl Spilled {
    /// Returns the number of points.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Returns the points in input order, in batches of at most `MAX_BATCH_METRICS`.
    pub fn batches(self) -> SpilledBatches {
        SpilledBatches {
            keys: self.keys,
            file: self.file.map(|f| BufReader::with_capacity(1 << 16, f)),
            memory: self.memory,
            at: 0,
        }
    }
}

/// The points of a [`Spilled`] input, batch by batch.
pub struct SpilledBatches {
    keys: Vec<String>,
    file: Option<BufReader<File>>,
    memory: Vec<u8>,
    at: usize,
}

impl SpilledBatches {
    /// Reads the next record: from the file first (the older points), then from memory.
    fn next_record(&mut self) -> Result<Option<[u8; RECORD]>> {
        let mut rec = [0u8; RECORD];
        if let Some(f) = &mut self.file {
            match f.read_exact(&mut rec) {
                Ok(()) => return Ok(Some(rec)),
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => self.file = None,
                Err(e) => return Err(spill_error(e)),
            }
        }
        if self.at + RECORD <= self.memory.len() {
            rec.copy_from_slice(&self.memory[self.at..self.at + RECORD]);
            self.at += RECORD;
            return Ok(Some(rec));
        }
        Ok(None)
    }
}

impl Iterator for SpilledBatches {
    type Item = Result<Vec<Metric>>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut batch = Vec::with_capacity(MAX_BATCH_METRICS);
        while batch.len() < MAX_BATCH_METRICS {
            match self.next_record() {
                Ok(Some(rec)) => {
                    let word = |at: usize| u64::from_le_bytes(rec[at..at + 8].try_into().unwrap());
                    let k = u32::from_le_bytes(rec[..4].try_into().unwrap()) as usize;
                    batch.push(Metric {
                        key: self.keys[k].clone(),
                        value: f64::from_bits(word(4)),
                        step: word(12) as i64,
                        timestamp: word(20) as i64,
                        ..Default::default()
                    });
                }
                Ok(None) => break,
                Err(e) => return Some(Err(e)),
            }
        }
        (!batch.is_empty()).then_some(Ok(batch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(i: u64) -> Metric {
        Metric {
            key: format!("k{}", i % 7),
            value: f64::from_bits(i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2),
            step: i as i64 - 5,
            timestamp: i as i64,
            ..Default::default()
        }
    }

    #[test]
    fn points_come_back_in_order_through_memory_and_file() {
        // More than IN_MEMORY bytes, so part of it goes through the temporary file.
        let n = (IN_MEMORY / RECORD) as u64 * 2 + 123;
        let input = (0..n).collect::<Vec<_>>();
        let batches = input
            .chunks(MAX_BATCH_METRICS)
            .map(|c| Ok(c.iter().map(|i| point(*i)).collect::<Vec<_>>()));
        let spilled = spill(batches).unwrap();
        assert!(spilled.file.is_some());
        assert_eq!(spilled.count(), n);
        let mut i = 0u64;
        for batch in spilled.batches() {
            let batch = batch.unwrap();
            assert!(batch.len() <= MAX_BATCH_METRICS);
            for m in batch {
                let want = point(i);
                assert_eq!(
                    (m.key, m.value.to_bits(), m.step, m.timestamp),
                    (want.key, want.value.to_bits(), want.step, want.timestamp)
                );
                i += 1;
            }
        }
        assert_eq!(i, n);
    }

    #[test]
    fn an_error_keeps_nothing() {
        let input = vec![
            Ok(vec![point(1)]),
            Err(StoreError::Invalid("line 9: bad".into())),
        ];
        let e = spill(input.into_iter()).err().unwrap();
        assert_eq!(e.to_string(), "line 9: bad");
    }
}
